// The intervals of `--uncertainty` as text cells, shared by the renderers: the CSV's four columns
// (contract §5), the rank as people read it, "4 (3–6)", and the index interval, "84.30–86.01".
import type { Uncertainty, UnitInterval } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { rankRange } from '../scoring/uncertainty-diagnostics.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';

export const INTERVAL_COLUMNS = ['rank_low', 'rank_high', 'index_low', 'index_high'] as const;

export const intervalOf = (uncertainty: Uncertainty | undefined, u: RankedUnit): UnitInterval | undefined => uncertainty?.intervals.get(u.unit);

/** rank_low, rank_high, index_low, index_high: empty where the unit has no rank or no index. */
export function intervalCsvCells(i: UnitInterval | undefined, f: NumberFormat): string[] {
  return [i?.rankLow === undefined ? '' : String(i.rankLow), i?.rankHigh === undefined ? '' : String(i.rankHigh), formatNumber(i?.indexLow, f), formatNumber(i?.indexHigh, f)];
}

/** The rank with its interval: "4 (3–6)"; the rank alone when there is none. */
export const rankWithRange = (rank: string, i: UnitInterval | undefined): string => (rank && i?.rankLow !== undefined ? `${rank} (${rankRange(i)})` : rank);

/** The index interval: "84.30–86.01". */
export const indexRange = (i: UnitInterval | undefined, f: NumberFormat): string => (i?.indexLow ? `${formatNumber(i.indexLow, f)}–${formatNumber(i.indexHigh, f)}` : '');

/** A row's cells (one per column of `cols`) with the index interval's put after the index's; unchanged without intervals. */
export function withIndexRange<T>(cols: readonly string[], cells: readonly T[], range: T, uncertainty: Uncertainty | undefined): T[] {
  const at = cols.indexOf('index') + 1;
  return uncertainty ? [...cells.slice(0, at), range, ...cells.slice(at)] : [...cells];
}
