// Picks the header row below any title rows: the row with the most known column names.
import { foldKey } from '../text/normalize.js';

export interface RawRecord {
  line: number;
  cells: string[];
  numbers?: ReadonlySet<number>;
}

/**
 * Index of the header in `records`, or -1; ties go to the earliest row (a data row may repeat a name).
 * A header names a column once; a data row whose values happen to be codes repeats them (`1.5`,
 * `2`, `1.5`…): a row whose known names are mostly repeats is data, even when no header is above it.
 */
export function findHeader(
  records: readonly RawRecord[],
  isKnownHeader: (key: string) => boolean,
  minKnown: number,
): number {
  let best = -1;
  let bestCount = Math.max(1, minKnown) - 1;
  records.forEach((r, i) => {
    const known = r.cells.map((c) => (c.trim() === '' ? '' : foldKey(c))).filter((k) => k !== '' && isKnownHeader(k));
    const count = known.length;
    if (count > bestCount && new Set(known).size * 2 >= count) [best, bestCount] = [i, count];
  });
  return best;
}

/**
 * A two-row header (merged cells: `STT | Đơn vị | Lĩnh vực 1` above `| | 1.1 | 1.2`): a known name in
 * the row just above fills an empty cell of the header. Unknown text there (a group title) is left.
 */
export function mergeUpperHeader(
  upper: readonly string[] | undefined,
  cells: readonly string[],
  isKnownHeader: (key: string) => boolean,
): string[] {
  return cells.map((c, k) => {
    const above = upper?.[k] ?? '';
    return c.trim() === '' && above.trim() !== '' && isKnownHeader(foldKey(above)) ? above : c;
  });
}
