// Recognises Vietnamese text that was damaged before it reached us, so the user is told how to
// re-save the file instead of getting hundreds of "unknown unit" errors for `Qu?ng` or `Qu¶ng`.
import type { LegacyFont } from '../diagnostics/codes-input.js';
import { WINDOWS_1252_BYTE } from './code-page-bytes.js';

export interface Finding {
  /** Up to three damaged words, as they appear. */
  samples: string[];
  /** How many places were seen (scanning stops after a few dozen). */
  count: number;
  /** Index in the text of the first place. */
  index: number;
}

const MAX_SAMPLES = 3;
const MAX_SCAN = 50;
const WORD_STOP = /[ \t\r\n,;"]/;

/** Letters lost to `?` when saved in a code page without Vietnamese (`Qu?ng Ph??c`), or to U+FFFD. */
export function findDestroyed(text: string): Finding | undefined {
  // Most files have neither: two native searches, not a regex run over the whole text.
  if (!text.includes('?') && !text.includes('\ufffd')) return undefined;
  // indexOf and a look at the neighbours: a lookbehind regex over a 14 MB text takes ~300 ms.
  const f = collectWords(text, /\?+|\ufffd/g, () => '', (at, len) => {
    if (text.charCodeAt(at) === 0xfffd) return true;
    return isLetter(text.charAt(at - 1)) && isLetter(text.charAt(at + len));
  });
  if (f.count === 0) return undefined;
  // One `?` between letters can be a typo or a URL; U+FFFD never belongs in a spreadsheet.
  if (f.count < 2 && !text.includes('\ufffd')) return undefined;
  return { samples: f.words, count: f.count, index: f.index };
}

const isLetter = (c: string): boolean => c !== '' && /\p{L}/u.test(c);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// UTF-8 lead bytes of Vietnamese letters (C2–C6, E1) read as Windows-1252, then a continuation byte.
const DOUBLE_ENCODED =
  /[ÂÃÄÅÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

// The repair must give Vietnamese letters: `á` + two no-break spaces is also valid UTF-8 (U+1820).
const VIETNAMESE_WORD =
  /^[\x00-\x7f]*[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][\x00-\x7f\u00c0-\u01b0\u1ea0-\u1ef9]*$/;

/** DOUBLE_ENCODED's second character: what follows a lead byte's letter. */
const CONTINUATION = DOUBLE_ENCODED.source.slice(DOUBLE_ENCODED.source.indexOf(']') + 1);
/**
 * True when findDoubleEncoded has something to look at: without such a pair it finds nothing.
 * Two tests, not DOUBLE_ENCODED's one: `á` is everywhere in Vietnamese text, and a pattern that
 * starts with that one letter is searched for as a string (4.5 ms on a national survey, where the
 * class of six first letters took 23); the capitals (Â Ã Ä Å Æ) are rare, looked for with
 * includes() first.
 */
const CAPITAL_PAIR = new RegExp(`[\\u00c2-\\u00c6]${CONTINUATION}`);
const SMALL_PAIR = new RegExp(`\\u00e1${CONTINUATION}`);
const CAPITAL_LEADS = ['\u00c2', '\u00c3', '\u00c4', '\u00c5', '\u00c6'];
export const mayBeDoubleEncoded = (text: string): boolean =>
  (CAPITAL_LEADS.some((c) => text.includes(c)) && CAPITAL_PAIR.test(text)) || (text.includes('\u00e1') && SMALL_PAIR.test(text));

/** UTF-8 that was read as Windows-1252 and saved again (`HÃ  TÄ©nh`); `fixed` shows the repaired words. */
export function findDoubleEncoded(text: string): (Finding & { fixed: string[] }) | undefined {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const found = collectWords(text, DOUBLE_ENCODED, (word) => {
    const bytes = new Uint8Array(word.length);
    for (let i = 0; i < word.length; i++) {
      const b = WINDOWS_1252_BYTE.get(word.charCodeAt(i));
      if (b === undefined) return undefined;
      bytes[i] = b;
    }
    try {
      const repaired = fatal.decode(bytes);
      const fixed = repaired.normalize('NFC');
      return VIETNAMESE_WORD.test(fixed) ? fixed : undefined;
    } catch {
      return undefined;
    }
  });
  if (found.count === 0) return undefined;
  return { samples: found.words, fixed: found.results, count: found.count, index: found.index };
}

// TCVN3 (ABC) puts ư ơ ê â ă đ à ả ã á ạ … on bytes A1–BF: in Unicode they show as `¬ ­ ª © ¨ ® µ ¶ · ¸ ¹`
// next to letters. B0–B4 are left out: `°`, `²`, `³` also follow letters in real text.
const TCVN3 = /[\u00a1-\u00af\u00b5-\u00bf]/g;
const isTcvn3Neighbour = (c: number): boolean => isAsciiLetter(c) || (c >= 0xa1 && c <= 0xff);
// VNI writes marks as a second character after the vowel (`Höông`, `Vieät`, `Xaõ`, `ñoàn`): letters
// no Vietnamese word has (ø û ï ö ñ…), or pairs it never has (`aâ`, `eá`, a vowel then `ù ø û õ ï`).
const VNI = /[A-Za-z][øûïåäëüæîöñØÛÏÅÄËÜÆÎÖÑ]|[ñÑ][A-Za-z\u00c0-\u00ff]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]/g;
const MIN_WORDS = 3;
// A legacy font is used throughout a sheet: its first megabyte tells, and keeps the check fast.
export const FONT_SAMPLE = 1 << 20;

/** Text typed with a legacy Vietnamese font; needs several words so that one `Müller` does not count. */
export function findLegacyFont(text: string): (Finding & { font: LegacyFont }) | undefined {
  const sample = text.length > FONT_SAMPLE ? text.slice(0, FONT_SAMPLE) : text;
  const tcvn = collectWords(sample, TCVN3, () => '', (at) =>
    isTcvn3Neighbour(sample.charCodeAt(at - 1)) || isTcvn3Neighbour(sample.charCodeAt(at + 1)),
  );
  if (tcvn.distinct >= MIN_WORDS) return { font: 'TCVN3', samples: tcvn.words, count: tcvn.count, index: tcvn.index };
  const vni = collectWords(sample, VNI, () => '');
  if (vni.distinct >= MIN_WORDS) return { font: 'VNI', samples: vni.words, count: vni.count, index: vni.index };
  return undefined;
}

/**
 * Scans matches of `re` that pass `where` (given the match's index and length), keeping the distinct
 * words around them that `accept` maps to a result.
 */
function collectWords(
  text: string,
  re: RegExp,
  accept: (word: string) => string | undefined,
  where: (at: number, length: number) => boolean = () => true,
) {
  const words: string[] = [];
  const results: string[] = [];
  const distinct = new Set<string>();
  let count = 0;
  let index = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && distinct.size < MAX_SCAN; m = re.exec(text)) {
    if (!where(m.index, m[0].length)) continue;
    const word = wordAt(text, m.index);
    const result = accept(word);
    if (result === undefined) continue;
    count++;
    if (index < 0) index = m.index;
    if (distinct.has(word)) continue;
    distinct.add(word);
    if (words.length < MAX_SAMPLES) {
      words.push(word);
      results.push(result);
    }
  }
  return { words, results, count, index, distinct: distinct.size };
}

/** The word around `at`, at most 30 characters either side (a sample, not a whole line). */
function wordAt(text: string, at: number): string {
  let a = at;
  let b = at;
  while (a > 0 && at - a < 30 && !WORD_STOP.test(text.charAt(a - 1))) a--;
  while (b < text.length && b - at < 30 && !WORD_STOP.test(text.charAt(b))) b++;
  return text.slice(a, b);
}
