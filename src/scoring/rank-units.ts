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
  const compareKeys = (a: Rational[], b: Rational[]): number => {
    for (let i = 0; i < a.length; i++) {
      const c = (b[i] as Rational).cmp(a[i] as Rational);
      if (c !== 0) return c;
    }
    return 0;
  };
  const rows: (RankedUnit & { key: Rational[] })[] = scores.map((s) => {
    const published = s.index?.round(p);
    const row: RankedUnit & { key: Rational[] } = { ...s, key: keyOf(s) };
    if (published) {
      row.published = published;
      const band = bandOf(criteria, published);
      if (band !== undefined) row.band = band;
    }
    return row;
  });
  const groupOf = (u: UnitScore) => (criteria.ranking.byGroup ? u.group : '');
  const ranked = rows.filter((r) => r.ranked && r.index);
  ranked.sort((a, b) => byText(groupOf(a), groupOf(b)) || compareKeys(a.key, b.key) || byText(a.unit, b.unit));
  let groupStart = 0;
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    if (!prev || groupOf(prev) !== groupOf(r)) groupStart = i;
    else if (compareKeys(prev.key, r.key) === 0) return void (r.rank = prev.rank);
    r.rank = i - groupStart + 1;
  });
  const unranked = rows.filter((r) => !(r.ranked && r.index)).sort((a, b) => byText(a.unit, b.unit));
  return [...ranked, ...unranked].map(({ key: _key, ...rest }) => rest);
}
