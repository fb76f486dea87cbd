// The row of titles `cchc template --titles` writes under the header ("Ban hành kế hoạch CCHC năm
// đúng thời hạn — tối đa 0,5 điểm; ghi có/không"), left in the sheet by a clerk who filled it in:
// it is recognised by its cells starting with their column's title, and skipped.
import { foldKey } from '../text/normalize.js';
import type { SheetData } from './sheet.js';

/** What a column's titles cell starts with. */
export type TitledColumns = ReadonlyMap<number, string>;

/** Whether a row is the titles row: at least half of its filled cells under titled columns start with their title. */
export function isTitlesRow(cells: readonly string[], columns: TitledColumns): boolean {
  let filled = 0;
  let titles = 0;
  for (const [col, title] of columns) {
    const cell = cells[col] ?? '';
    if (cell === '') continue;
    filled++;
    if (foldKey(cell).startsWith(foldKey(title))) titles++;
  }
  return titles > 0 && titles * 2 >= filled;
}

/** The line of the titles row when it is the sheet's first data row, else undefined. */
export function findTitlesRow(sheet: SheetData, columns: TitledColumns): number | undefined {
  const first = sheet.rows[0];
  return first && isTitlesRow(first.cells, columns) ? first.line : undefined;
}
