// The Word writers as one lazy chunk (scripts/build.mjs): the annex and the council's notices share
// docx, loaded once, and only by a run that writes a Word file.
export { renderDocx } from './render-docx.js';
export { renderCombinedNotices, renderNoticeFiles } from './render-notices.js';
