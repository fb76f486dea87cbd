// Two published rankings side by side: units matched by their `unit` cell after NFC and case
// folding; a unit in one file only (a merged or new commune) keeps an empty other side.
// Index changes are exact differences of the published decimals.
import type { Rational } from '../numbers/rational.js';
import { foldKey } from '../text/normalize.js';

/** One unit of a ranking CSV: its rank, its published index as written, where it is in the file. */
export interface RankingEntry {
  unit: string;
  name: string;
  rank?: number;
  index?: Rational;
  /** Digits after the decimal mark in the index as written: the precision it was published with. */
  places: number;
  line: number;
}

export interface ComparedUnit {
  unit: string;
  name: string;
  before?: RankingEntry;
  after?: RankingEntry;
  /** before − after: positive means the unit moved up. Only when ranked in both. */
  rankChange?: number;
  indexChange?: Rational;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rankKey = (e: RankingEntry | undefined): number => e?.rank ?? Number.POSITIVE_INFINITY;

/** Rows in the after file's rank order (unranked after), then the units only in the before file by their old rank. */
export function compareRankings(before: readonly RankingEntry[], after: readonly RankingEntry[]): ComparedUnit[] {
  const old = new Map(before.map((e) => [foldKey(e.unit), e]));
  const rows: ComparedUnit[] = [];
  for (const a of after) {
    const b = old.get(foldKey(a.unit));
    old.delete(foldKey(a.unit));
    const row: ComparedUnit = { unit: a.unit, name: a.name || b?.name || '', after: a };
    if (b) {
      row.before = b;
      if (a.rank !== undefined && b.rank !== undefined) row.rankChange = b.rank - a.rank;
      if (a.index && b.index) row.indexChange = a.index.sub(b.index);
    }
    rows.push(row);
  }
  const gone = [...old.values()].map((b): ComparedUnit => ({ unit: b.unit, name: b.name, before: b }));
  const order = (side: 'before' | 'after') => (x: ComparedUnit, y: ComparedUnit) => rankKey(x[side]) - rankKey(y[side]) || byText(foldKey(x.unit), foldKey(y.unit));
  return [...rows.sort(order('after')), ...gone.sort(order('before'))];
}
