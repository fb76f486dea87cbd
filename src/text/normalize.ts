// Text comparison rules shared by every module: Vietnamese text is compared after NFC,
// with surrounding white space trimmed and inner runs of white space (incl. no-break) folded.

/** NFC, trimmed, inner white space folded to one space. Case is kept. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u2007\u202f\ufeff]+/gu, ' ').trim();
}

/** The key two texts are matched by: cleanText plus case folding. */
export function foldKey(s: string): string {
  return cleanText(s).toLowerCase();
}
