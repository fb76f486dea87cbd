// Excel's grid and cell: 16,384 columns (to XFD), 1,048,576 rows, 32,767 characters a cell. A
// workbook past them is refused before a byte is written, each problem at its sheet and cell (a
// column by the criterion it would hold): LibreOffice dropped the columns past XFD of a template
// of 20,000 leaves without a word, and Excel refuses a longer cell. CSV and JSON have no such limit.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Cell, SheetModel } from './workbook-model.js';

export const EXCEL = { columns: 16_384, rows: 1_048_576, cellText: 32_767 } as const;

const textOf = (cell: Cell): string => (typeof cell === 'string' ? cell : '');

/** The problems of one sheet (named `name` in the book) against Excel's limits; none for a sheet that fits. */
export function excelLimitProblems(sheet: SheetModel, name: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length));
  if (width > EXCEL.columns) {
    const past = sheet.columns[EXCEL.columns];
    const first = past?.criterion?.code ?? past?.header ?? '';
    out.push(diag('OUTPUT_XLSX_SHEET_TOO_LARGE', 'error', past?.criterion ? { path: past.criterion.path } : {}, { sheet: name, what: 'columns', count: width, max: EXCEL.columns, first }));
  }
  if (sheet.rows.length + 1 > EXCEL.rows) out.push(diag('OUTPUT_XLSX_SHEET_TOO_LARGE', 'error', {}, { sheet: name, what: 'rows', count: sheet.rows.length + 1, max: EXCEL.rows, first: '' }));
  const long = (text: string, line: number, column: number) => {
    if (text.length > EXCEL.cellText) out.push(diag('OUTPUT_XLSX_CELL_TOO_LONG', 'error', { sheet: name, line, column }, { length: text.length, max: EXCEL.cellText }));
  };
  sheet.columns.forEach((c, k) => long(c.header, 1, k + 1));
  sheet.rows.forEach((r, i) => r.forEach((cell, k) => long(textOf(cell), i + 2, k + 1)));
  for (const v of sheet.validations ?? []) if (v.rule.kind === 'list') for (const value of v.rule.values) long(value, v.fromRow, v.column + 1);
  return out;
}
