// The shape of a decoded sheet as the readers in src/io produce it: a header and data rows,
// each row with the physical line it starts on. Kept here so src/sheets stays free of I/O.
import type { Location } from '../diagnostics/diagnostic.js';

export interface SheetRow {
  line: number;
  cells: string[];
}

export interface SheetData {
  file: string;
  header: string[];
  headerLine: number;
  rows: SheetRow[];
}

export type MissingPolicy = 'error' | 'zero';

/** The location of a cell: file, line, 1-based column and its header. */
export function cellAt(sheet: Pick<SheetData, 'file' | 'header'>, line: number, col: number): Location {
  const loc: Location = { file: sheet.file, line, column: col + 1 };
  const header = sheet.header[col];
  if (header !== undefined) loc.header = header;
  return loc;
}
