// The ranking CSV of the contract (§4): UTF-8 with BOM, CRLF, the fixed columns then one per
// top-level field. Text from other people's files is neutralised against formula injection.
import { stringify } from 'csv-stringify/sync';
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { RANKING_COLUMNS, rankingRows, type NumberFormat } from './ranking-rows.js';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
export const neutralize = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function renderCsvTable(header: string[], rows: string[][]): string {
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR,
  // which every reader then takes for a line break: quote those too (found by the round-trip test).
  return `\ufeff${stringify([header, ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

export function renderCsv(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat): string {
  const header = [...RANKING_COLUMNS, ...criteria.fields.map((fl) => fl.code)];
  const rows = rankingRows(criteria, units, f).map((r) => [
    ...RANKING_COLUMNS.map((c) => (c === 'unit' || c === 'name' || c === 'group' || c === 'band' ? neutralize(r.cells[c]) : r.cells[c])),
    ...r.fields,
  ]);
  return renderCsvTable(header, rows);
}
