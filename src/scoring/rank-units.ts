// Ranks and bands. A unit's rank is 1 + the number of ranked units (in its group when ranking
// by group) that are better: higher on the index, then on each tie-break key in turn, every
// value compared exactly or as published (rounded to the set's precision).
import type { CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { UnitScore } from './score-unit.js';

export interface RankedUnit extends UnitScore {
  rank?: number;
  band?: string;
  /** The index as published: rounded to the set's precision. */
  published?: Rational;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function bandOf(criteria: CriteriaSet, published: Rational | undefined): string | undefined {
  if (!published) return undefined;
  return criteria.bands.find((b) => published.cmp(b.min) >= 0)?.label;
}

/** Rows in publishing order: by group first when ranking by group, rank, then unit; unranked last. */
export function rankUnits(criteria: CriteriaSet, scores: readonly UnitScore[]): RankedUnit[] {
  const p = criteria.precision;
  const shown = (r: Rational) => (criteria.ranking.on === 'exact' ? r : r.round(p));
  const keyOf = (u: UnitScore): Rational[] => [
    shown(u.index ?? Rational.ZERO),
    ...criteria.ranking.tieBreak.map((k) => shown(k === 'appraisal' ? u.appraisal : (u.nodes.get(k)?.points ?? Rational.ZERO))),
  ];
  // Published values have at most `p` decimals: as integers of 10^-p they compare as plain
  // numbers (exactly, below 2^53), not by bigint cross-multiplication in every comparison.
  const asInteger = (r: Rational): number | undefined => (criteria.ranking.on === 'exact' ? undefined : r.toScaledInteger(p));
  type Key = { values: Rational[]; integers: (number | undefined)[] };
  const compareKeys = (a: Key, b: Key): number => {
    for (let i = 0; i < a.values.length; i++) {
      const x = a.integers[i];
      const y = b.integers[i];
      const c = x !== undefined && y !== undefined ? Math.sign(y - x) : (b.values[i] as Rational).cmp(a.values[i] as Rational);
      if (c !== 0) return c;
    }
    return 0;
  };
  // Each unit is copied once; its sort key rides beside it, not in it. Object.assign, not a
  // spread: V8 gave thousands of spread copies a hidden class each (~0.5 KB per unit).
  const rows = scores.map((s) => {
    const published = s.index?.round(p);
    const row: RankedUnit = Object.assign({}, s);
    if (published) {
      row.published = published;
      const band = bandOf(criteria, published);
      if (band !== undefined) row.band = band;
    }
    const values = keyOf(s);
    const key: Key = { values, integers: values.map(asInteger) };
    return { row, key };
  });
  const groupOf = (u: UnitScore) => (criteria.ranking.byGroup ? u.group : '');
  const ranked = rows.filter(({ row: r }) => r.ranked && r.index);
  ranked.sort((a, b) => byText(groupOf(a.row), groupOf(b.row)) || compareKeys(a.key, b.key) || byText(a.row.unit, b.row.unit));
  let groupStart = 0;
  ranked.forEach(({ row: r, key }, i) => {
    const prev = ranked[i - 1];
    if (!prev || groupOf(prev.row) !== groupOf(r)) groupStart = i;
    else if (compareKeys(prev.key, key) === 0) return void (r.rank = prev.row.rank);
    r.rank = i - groupStart + 1;
  });
  const unranked = rows.filter(({ row: r }) => !(r.ranked && r.index)).sort((a, b) => byText(a.row.unit, b.row.unit));
  return [...ranked, ...unranked].map(({ row }) => row);
}
