// What a cell's number format makes of its number, as far as cchc cares: a date (the serial is
// a day count), a percent (0.965 is shown, typed and meant as 96.5%), or the number itself.
export type FormatKind = 'date' | 'percent' | 'number';

// Excel's built-in formats: 9–10 percent; 14–22 and 45–47 dates and times; 27–36 and 50–58 the
// East Asian date formats.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function formatKind(id: number, code: string | undefined): FormatKind {
  if (code === undefined) return id === 9 || id === 10 ? 'percent' : BUILT_IN_DATES.has(id) ? 'date' : 'number';
  // Quoted text, escaped characters and [..] (colours, locales, conditions) say nothing of the
  // kind; elapsed time ([h]:mm) is a time.
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/_./g, '').replace(/\[(?:h+|m+|s+)\]/gi, 'h').replace(/\[[^\]]*\]/g, '');
  if (/[dmyhs]/i.test(bare.replace(/General/gi, '').replace(/E[+-]/gi, ''))) return 'date';
  if (bare.includes('%')) return 'percent';
  return 'number';
}
