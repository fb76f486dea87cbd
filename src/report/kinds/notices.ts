// The council's notices to the units (`cchc notices`): one model for every notice asked for, and
// per format a renderer of one file per notice and of all of them in one file (--combined). The
// Word renderer is a lazy chunk (scripts/build.mjs): only a run writing notices in Word loads docx.
import type { Job } from '../../core/run-job.js';
import type { Notice } from '../../core/run-notices.js';
import { renderCombinedNotices, renderNoticeFiles } from '../docx/render-notices.js';
import { noticeContent } from '../notice-content.js';
import type { NoticeContent, NoticesModel } from '../notice-model.js';
import type { NumberPattern } from '../notice-number.js';
import { renderNoticeMd } from '../render-notice-md.js';
import { resultsTitle } from '../report-settings.js';
import type { RenderSettings } from './render-settings.js';

export type { NoticesModel } from '../notice-model.js';

export const NOTICES_FORMATS = ['docx', 'md'] as const;
export type NoticesFormat = (typeof NOTICES_FORMATS)[number];

/** Each notice's file is `<its file name>.<the format's extension>`. */
export const NOTICE_EXTENSION: Record<NoticesFormat, string> = { docx: '.docx', md: '.md' };

export const noticesModel = (job: Job, notices: readonly Notice[], numbering: NumberPattern): NoticesModel => ({ criteria: job.criteria, units: job.units, notices, findings: job.findings, numbering });

/** Every notice's content, its numbers written as the run writes them. */
export const noticeContents = (m: NoticesModel, s: RenderSettings): NoticeContent[] => m.notices.map((n) => noticeContent(m, n, s.report, { precision: m.criteria.precision, mark: s.mark }));

export interface NoticesRenderer {
  /** One file per notice, in the notices' order. */
  files(m: NoticesModel, s: RenderSettings): Promise<(string | Uint8Array)[]>;
  /** Every notice in one file, each from a new page. */
  combined(m: NoticesModel, s: RenderSettings): Promise<string | Uint8Array>;
}

/** Between two notices in one Markdown file: a rule (a page break where Markdown is printed by a tool that makes one of it). */
const MD_BETWEEN = '\n---\n\n';

export const NOTICES_RENDERERS: Record<NoticesFormat, NoticesRenderer> = {
  docx: {
    files: async (m, s) => renderNoticeFiles(noticeContents(m, s), s.report),
    combined: async (m, s) => renderCombinedNotices(noticeContents(m, s), s.report, `Thông báo ${resultsTitle(s.report, 'vi')}`),
  },
  md: {
    files: async (m, s) => noticeContents(m, s).map(renderNoticeMd),
    combined: async (m, s) => noticeContents(m, s).map(renderNoticeMd).join(MD_BETWEEN),
  },
};
