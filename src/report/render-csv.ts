// The ranking CSV of the contract (§4): UTF-8 with BOM, CRLF, the fixed columns then one per
// top-level field. Text from other people's files is neutralised against formula injection.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { INTERVAL_COLUMNS, intervalCsvCells, intervalOf } from './interval-cells.js';
import { RANKING_COLUMNS, rankingRows, type NumberFormat } from './ranking-rows.js';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
export const neutralize = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

// A field is quoted when it holds the delimiter, a quote or a line break (a lone LF or CR too,
// which every reader takes for one), quotes doubled: what csv-stringify wrote with
// { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }, without its per-field option handling
// (~50 ms and 20 MB for a national ranking); test/perf/csv-table.test.ts holds the two equal.
const NEEDS_QUOTES = /[",\r\n]/;
const csvField = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function renderCsvTable(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`);
  return `\ufeff${lines.join('')}`;
}

/** With `uncertainty`, the intervals' four columns after the fields' (contract §5). */
export function renderCsv(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, uncertainty?: Uncertainty): string {
  const header = [...RANKING_COLUMNS, ...criteria.fields.map((fl) => fl.code), ...(uncertainty ? INTERVAL_COLUMNS : [])];
  const rows = rankingRows(criteria, units, f).map((r) => [
    ...RANKING_COLUMNS.map((c) => (c === 'unit' || c === 'name' || c === 'group' || c === 'band' ? neutralize(r.cells[c]) : r.cells[c])),
    ...r.fields,
    ...(uncertainty ? intervalCsvCells(intervalOf(uncertainty, r.unit), f) : []),
  ]);
  return renderCsvTable(header, rows);
}
