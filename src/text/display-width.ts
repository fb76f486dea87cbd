// How many terminal columns a text takes, for aligning tables. Vietnamese and other Latin text
// (precomposed letters) takes one column a character; combining marks and format characters
// take none; East Asian wide and fullwidth characters and emoji take two
// (get-east-asian-width holds Unicode's table). Controls are expected gone (visibleText).
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * One column each: printable ASCII, Latin-1, Latin Extended A/B, Vietnamese's precomposed letters,
 * dashes and ellipsis, box drawing and block elements (the table's borders and index bars).
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u1e00-\u1eff\u2010-\u2027\u2500-\u259f]*$/;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  let width = 0;
  let joined = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ZERO_WIDTH.test(ch)) {
      // After a zero-width joiner the next character joins the one before (👩‍💻 is one glyph).
      joined = cp === 0x200d;
      continue;
    }
    if (joined) {
      joined = false;
      continue;
    }
    width += EMOJI.test(ch) ? 2 : eastAsianWidth(cp);
  }
  return width;
}

/**
 * `s` cut where it would take more than `width` columns: the start and the rest. A combining mark
 * stays with its letter; the start has at least one character when `s` has one, so that cutting
 * always moves on (a wide character in a column of one overflows rather than loops).
 */
export function splitAtWidth(s: string, width: number): [string, string] {
  if (NARROW.test(s)) return [s.slice(0, Math.max(1, width)), s.slice(Math.max(1, width))];
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const w = displayWidth(ch);
    if (end > 0 && used + w > width) break;
    used += w;
    end += ch.length;
  }
  return [s.slice(0, end), s.slice(end)];
}

/** `s` in at most `width` columns (width ≥ 2), shortened with … when it is wider. */
export function shortenText(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  return `${splitAtWidth(s, width - 1)[0].trimEnd()}…`;
}
