// Recognises Vietnamese text that was damaged before it reached us, so the user is told how to
// re-save the file instead of getting hundreds of "unknown unit" errors for `Qu?ng` or `Qu¶ng`.
import type { LegacyFont } from '../diagnostics/codes-input.js';
import { WINDOWS_1252_BYTE } from './code-page-bytes.js';
import { lineAt } from './line-at.js';

export interface Finding {
  /** Up to three damaged words, as they appear. */
  samples: string[];
  /** How many places were seen (scanning stops after a few dozen). */
  count: number;
  /** The 1-based line of the first place. */
  line: number;
}

const MAX_SAMPLES = 3;
const MAX_SCAN = 50;
const WORD_STOP = /[ \t\r\n,;"]/;

/**
 * Damaged or legacy-font text, looked for piece by piece as a file's text goes by (the pieces end
 * with a line break): the findings are the same whatever the pieces, and no piece is kept but the
 * first megabyte, which tells a legacy font.
 */
export class DamageScan {
  private readonly destroyed = new WordCollector(/\?+|\ufffd/g, () => '', (text, at, len) => {
    if (text.charCodeAt(at) === 0xfffd) return true;
    return isLetter(text.charAt(at - 1)) && isLetter(text.charAt(at + len));
  });
  private readonly doubled = new WordCollector(DOUBLE_ENCODED, repairDoubleEncoded);
  private replacement = false;
  /** Whether a character beyond ASCII was seen: every check but the first looks at those only. */
  nonAscii = false;
  private sample = '';

  /** Looks at the next piece of the text; `line` is the line it starts on. */
  see(piece: string, line: number): void {
    // Most files have neither: two native searches, not a regex run over the whole text.
    const replaced = piece.includes('\ufffd');
    if (replaced) this.replacement = true;
    if (replaced || piece.includes('?')) this.destroyed.see(piece, line);
    // The sample is the text's first megabyte, from its first line.
    if (this.sample.length < FONT_SAMPLE) this.sample += piece.slice(0, FONT_SAMPLE - this.sample.length);
    if (!this.nonAscii && /[^\x00-\x7f]/.test(piece)) this.nonAscii = true;
    if (this.nonAscii && mayBeDoubleEncoded(piece)) this.doubled.see(piece, line);
  }

  /** Letters lost to `?` when saved in a code page without Vietnamese (`Qu?ng Ph??c`), or to U+FFFD. */
  destroyedText(): Finding | undefined {
    // One `?` between letters can be a typo or a URL; U+FFFD never belongs in a spreadsheet.
    const f = this.destroyed.finding();
    return f && (f.count >= 2 || this.replacement) ? f : undefined;
  }

  /** UTF-8 read as Windows-1252 and saved again (`HÃ  TÄ©nh`); `fixed` shows the repaired words. */
  doubleEncoded(): (Finding & { fixed: string[] }) | undefined {
    const f = this.doubled.finding();
    return f && { ...f, fixed: [...this.doubled.results] };
  }

  /** Whether the legacy font can be told now: the first megabyte has been seen. */
  get fontSampled(): boolean {
    return this.sample.length >= FONT_SAMPLE;
  }

  /** Text typed with a legacy Vietnamese font, in the first megabyte. */
  legacyFont(): (Finding & { font: LegacyFont }) | undefined {
    return this.nonAscii ? findLegacyFont(this.sample) : undefined;
  }
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

/** The word repaired, when `word` is UTF-8 read as Windows-1252 and the repair gives Vietnamese letters. */
function repairDoubleEncoded(word: string): string | undefined {
  const bytes = new Uint8Array(word.length);
  for (let i = 0; i < word.length; i++) {
    const b = WINDOWS_1252_BYTE.get(word.charCodeAt(i));
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  try {
    const fixed = new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
    return VIETNAMESE_WORD.test(fixed) ? fixed : undefined;
  } catch {
    return undefined;
  }
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
const FONT_SAMPLE = 1 << 20;

/** Text typed with a legacy Vietnamese font; needs several words so that one `Müller` does not count. */
function findLegacyFont(sample: string): (Finding & { font: LegacyFont }) | undefined {
  const tcvn = new WordCollector(TCVN3, () => '', (text, at) => isTcvn3Neighbour(text.charCodeAt(at - 1)) || isTcvn3Neighbour(text.charCodeAt(at + 1)));
  tcvn.see(sample, 1);
  if (tcvn.distinct.size >= MIN_WORDS) return { font: 'TCVN3', ...(tcvn.finding() as Finding) };
  const vni = new WordCollector(VNI, () => '');
  vni.see(sample, 1);
  if (vni.distinct.size >= MIN_WORDS) return { font: 'VNI', ...(vni.finding() as Finding) };
  return undefined;
}

/**
 * Matches of `re` that pass `where` (given the text, the match's index and length), keeping the
 * distinct words around them that `accept` maps to a result; fed piece by piece.
 */
class WordCollector {
  readonly words: string[] = [];
  readonly results: string[] = [];
  readonly distinct = new Set<string>();
  private count = 0;
  private line = -1;

  constructor(
    private readonly re: RegExp,
    private readonly accept: (word: string) => string | undefined,
    private readonly where: (text: string, at: number, length: number) => boolean = () => true,
  ) {}

  see(text: string, startLine: number): void {
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && this.distinct.size < MAX_SCAN; m = re.exec(text)) {
      if (!this.where(text, m.index, m[0].length)) continue;
      const word = wordAt(text, m.index);
      const result = this.accept(word);
      if (result === undefined) continue;
      this.count++;
      if (this.line < 0) this.line = startLine + lineAt(text, m.index) - 1;
      if (this.distinct.has(word)) continue;
      this.distinct.add(word);
      if (this.words.length < MAX_SAMPLES) {
        this.words.push(word);
        this.results.push(result);
      }
    }
  }

  finding(): Finding | undefined {
    return this.count === 0 ? undefined : { samples: [...this.words], count: this.count, line: this.line };
  }
}

/** The word around `at`, at most 30 characters either side (a sample, not a whole line). */
function wordAt(text: string, at: number): string {
  let a = at;
  let b = at;
  while (a > 0 && at - a < 30 && !WORD_STOP.test(text.charAt(a - 1))) a--;
  while (b < text.length && b - at < 30 && !WORD_STOP.test(text.charAt(b))) b++;
  return text.slice(a, b);
}
