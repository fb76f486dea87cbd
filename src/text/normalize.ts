// Text comparison rules shared by every module: Vietnamese text is compared after NFC,
// with surrounding white space trimmed and inner runs of white space (incl. no-break) folded.

const SPACE_RUNS = /[\s\u00a0\u2007\u202f\ufeff]+/gu;
/** Text cleanText leaves as it is once in NFC: no white space but single spaces between other characters. */
const CLEAN = /^[^\s\u00a0\u2007\u202f\ufeff](?:[^\s\u00a0\u2007\u202f\ufeff]| (?=[^\s\u00a0\u2007\u202f\ufeff]))*$/u;

/** Printable ASCII with no white space (a unit code, a number, a leaf code): clean as it is. */
const PLAIN = /^[\x21-\x7e]*$/;

/** NFC, trimmed, inner white space folded to one space. Case is kept. */
export function cleanText(s: string): string {
  if (PLAIN.test(s)) return s;
  const nfc = s.normalize('NFC');
  return CLEAN.test(nfc) ? nfc : nfc.replace(SPACE_RUNS, ' ').trim();
}

// Headers, codes, units, groups and answers are folded again and again: each distinct text once.
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 1 << 14;

/** The key two texts are matched by: cleanText plus case folding. */
export function foldKey(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  let key = FOLDED.get(s);
  if (key === undefined) {
    key = cleanText(s).toLowerCase();
    if (FOLDED.size < FOLDED_LIMIT) FOLDED.set(s, key);
  }
  return key;
}
