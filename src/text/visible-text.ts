// Text from other people's files shown on a terminal or in a one-line message: control
// characters would act instead of showing (ESC starts a terminal command, BEL rings, backspace
// erases what was printed, a bidirectional override turns a name around), and a line break
// would break the one-problem-per-line layout. Each is shown as a visible mark instead.

/** C0 and C1 controls (tab and line breaks apart), DEL, and the bidirectional overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;
/** Nothing to change: the common case, tested at native speed. */
const CLEAN = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

/** Line breaks as `↵` (or `lineBreak`), tabs as a space, every other control as U+FFFD. */
export function visibleText(s: string, lineBreak = '↵'): string {
  if (CLEAN.test(s)) return s;
  return s.replace(LINE_BREAKS, lineBreak).replaceAll('\t', ' ').replace(CONTROLS, '\ufffd');
}
