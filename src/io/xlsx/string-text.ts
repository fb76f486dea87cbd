// Text as a workbook stores it → text as cchc compares it.

/** `_x000D_` is a carriage return Excel escaped; `_x005F_` escapes an underscore that would otherwise start one. */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function cleanString(s: string): string {
  const decoded = s.includes('_x') ? s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
  return decoded.normalize('NFC');
}
