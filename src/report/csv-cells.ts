// Every cell cchc writes to a CSV passes here: text a spreadsheet would run as a formula gets a
// leading apostrophe, wherever it came from (a unit's name, a criterion's title, a group). A
// cell is formula-like when it starts with = + - @ (or their full-width forms, which some
// spreadsheets take too), after any spaces, or with a tab or a line break. The numbers cchc
// writes (-1.25, -0,5) are left as they are: a spreadsheet reads them as numbers, not formulas.

const FORMULA = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** The cell, with a leading `'` when a spreadsheet would run it as a formula. */
export const neutralizeCell = (s: string): string => (FORMULA.test(s) && !NUMBER.test(s) ? `'${s}` : s);

/** A row of cells, each neutralised: what every CSV writer hands to renderCsvTable. */
export const csvCells = (row: readonly string[]): string[] => row.map(neutralizeCell);
