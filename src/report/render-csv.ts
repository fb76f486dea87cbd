// The ranking CSV of the contract (§4): UTF-8 with BOM, CRLF, the fixed columns then one per
// top-level field. Every cell is neutralised against formula injection (csv-cells.ts).
import { stringify } from 'csv-stringify/sync';
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { INTERVAL_COLUMNS, intervalCsvCells, intervalOf } from './interval-cells.js';
import { csvCells, neutralizeCell } from './csv-cells.js';
import { RANKING_COLUMNS, rankingRows, type NumberFormat } from './ranking-rows.js';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
export const neutralize = neutralizeCell;

/**
 * A CSV as spreadsheets open it, written by csv-stringify: UTF-8 with BOM, CRLF, a cell quoted when
 * it holds the delimiter, a quote or a line break (`quoted_match`: csv-stringify does not quote a
 * lone LF or CR when records end in CRLF, and every reader takes one for a line end). With a
 * decimal comma the delimiter is `;` and numbers stay unquoted, which is what Excel with Vietnamese
 * regional settings opens in columns. Cells are neutralised by the callers, before they come here.
 */
export function renderCsvTable(header: string[], rows: string[][], mark: '.' | ',' = '.'): string {
  const delimiter = mark === ',' ? ';' : ',';
  return `\ufeff${stringify([header, ...rows], { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

/** With `uncertainty`, the intervals' four columns after the fields' (contract §5). */
export function renderCsv(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, uncertainty?: Uncertainty): string {
  const header = [...RANKING_COLUMNS, ...criteria.fields.map((fl) => fl.code), ...(uncertainty ? INTERVAL_COLUMNS : [])];
  const rows = rankingRows(criteria, units, f).map((r) =>
    csvCells([...RANKING_COLUMNS.map((c) => r.cells[c]), ...r.fields, ...(uncertainty ? intervalCsvCells(intervalOf(uncertainty, r.unit), f) : [])]),
  );
  return renderCsvTable(csvCells(header), rows, f.mark);
}
