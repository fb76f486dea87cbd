// The shape of a decoded sheet as the readers in src/io produce it: a header and data rows,
// each row with the physical line it starts on. Kept here so src/sheets stays free of I/O.
import type { Location } from '../diagnostics/diagnostic.js';
import type { DecimalMark } from '../text/parse-number.js';

export interface SheetRow {
  line: number;
  cells: string[];
  /**
   * Columns (0-based) whose text is a workbook's number cell, written with a decimal point: a
   * typed number has no decimal mark to detect, so it neither votes on the sheet's mark nor is
   * read with a comma when the sheet's text cells use one.
   */
  numbers?: ReadonlySet<number>;
}

export interface SheetData {
  file: string;
  /** The workbook sheet the rows come from, if any: located problems name it (`Điểm!K8`). */
  sheet?: string;
  header: string[];
  headerLine: number;
  rows: SheetRow[];
}

export type MissingPolicy = 'error' | 'zero';

/** The decimal mark to read a cell with: a workbook's number cell is written with a point whatever the sheet's mark. */
export const markOf = (row: SheetRow, col: number, mark: DecimalMark): DecimalMark => (row.numbers?.has(col) ? 'dot' : mark);

/** The location of a cell: file, line, 1-based column and its header. */
export function cellAt(sheet: Pick<SheetData, 'file' | 'header' | 'sheet'>, line: number, col: number): Location {
  const loc: Location = { file: sheet.file, line, column: col + 1 };
  if (sheet.sheet !== undefined) loc.sheet = sheet.sheet;
  const header = sheet.header[col];
  if (header !== undefined) loc.header = header;
  return loc;
}
