// Text into an XML part of a file cchc writes (the Word annex, workbooks, their core properties).
// XML 1.0 cannot hold a C0 control other than tab and line breaks, U+FFFE, U+FFFF or a lone
// surrogate: one in a unit's name made a file Word, Excel and LibreOffice refuse to open. A
// bidirectional override or isolate (U+202A–202E, U+2066–2069) would turn a name around as it is
// read, and DEL and the C1 controls show as nothing. Each becomes U+FFFD, as the terminal table and
// Markdown show them (visible-text.ts): the reader sees that something was there.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Nothing to change: the common case, tested at native speed. */
const CLEAN = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]*$/;

/** Text an XML part can hold, to be escaped by the writer (docx escapes its own runs). */
export const xmlSafe = (s: string): string => (CLEAN.test(s) ? s : s.replace(UNSAFE, '\ufffd'));

/** Text for an XML element or a double-quoted attribute: made safe, then escaped. */
export const xmlEscape = (s: string): string => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
