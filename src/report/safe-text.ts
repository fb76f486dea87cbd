// Free text from other people's files (the appraisal's remarks, evidence) made safe for each
// output that shows it: control characters (a terminal's escape sequences, bidirectional
// overrides that reorder what is read, characters XML forbids) dropped, line breaks turned into
// spaces. Markdown escaping is render-md.ts's (mdText), HTML's escape-html.ts's, and a CSV cell is
// neutralised by csv-cells.ts.

// ESC [ … (colours, cursor moves, screen clears) and ESC ] … BEL/ST (window titles, links).
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const BREAKS = /\r\n|[\r\n\t\u000b\u000c\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/** One line of plain text: no control character, no line break, single spaces. */
export const plainText = (s: string): string => s.replace(ANSI, '').replace(BREAKS, ' ').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
