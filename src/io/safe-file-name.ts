// A unit's code as the name of its file (`cchc notices`: FOLDER/<code>.docx). Codes come from
// other people's sheets and may hold what no file system takes, or what one takes differently:
// `/` and `\` (a folder), `..`, control characters, `<>:"|?*`, a trailing dot or space (Windows
// drops them), a name Windows reserves (CON, NUL, COM1…), a length past the 255-byte limit. The
// rule: a code that needs none of this is its own name; any other gets those characters as `_`,
// a leading dot as `_`, a reserved name (before its first dot) and a trailing dot or space an `_` after them, is cut to
// 120 bytes, and ends in `-` and 8 hex digits of its SHA-256, so that two codes never share a
// file (`A/B` and `A_B` stay two files), and the name does not depend on the other units named.
import { sha256 } from './sha256.js';

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
/** Windows's device names, whatever follows a dot: `con.docx` opens the console. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Bytes of a name before its suffix and extension: room left for both in the 255-byte limit. */
const MAX_BYTES = 120;

/** At most `max` bytes of `s` in UTF-8, cut between characters. */
function cutToBytes(s: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/** The code with the characters and shapes file systems refuse or change made safe; unchanged when it has none. */
function cleaned(code: string): string {
  let s = code.replace(FORBIDDEN, '_').replace(/^\./, '_');
  s = cutToBytes(s, MAX_BYTES);
  if (/[. ]$/.test(s)) s += '_';
  // The name before its first dot is what Windows compares: `CON.txt` is reserved too.
  const base = s.split('.')[0] ?? '';
  if (RESERVED.test(base.trimEnd())) s = `${base}_${s.slice(base.length)}`;
  return s === '' ? '_' : s;
}

const tagged = (name: string, code: string): string => `${name}-${sha256(new TextEncoder().encode(code)).slice(0, 8)}`;

/**
 * Each code's file name without its extension, in the codes' order. Compared as a case-insensitive
 * file system would (NFC, case folded): names that would still meet are all tagged with their hash.
 */
export function safeFileStems(codes: readonly string[]): string[] {
  const names = codes.map((code) => {
    const nfc = code.normalize('NFC');
    const safe = cleaned(nfc);
    return safe === nfc ? safe : tagged(safe, code);
  });
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  const seen = new Map<string, number>();
  for (const n of names) seen.set(fold(n), (seen.get(fold(n)) ?? 0) + 1);
  const out = names.map((n, i) => ((seen.get(fold(n)) ?? 0) > 1 && n === codes[i]?.normalize('NFC') ? tagged(n, codes[i] ?? '') : n));
  // Only distinct codes whose first 8 hex digits of SHA-256 agree could still meet: a bug to know of.
  if (new Set(out.map(fold)).size !== out.length) throw new Error('safeFileStems: two units would share a file');
  return out;
}
