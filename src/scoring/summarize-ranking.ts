// The ranking's summary: mean, median, lowest and highest index, units per band, and the same
// per group. Computed from the published indices (each rounded half away from zero to the set's
// precision), the values the table under it shows, so that anyone who re-adds the table gets the
// same mean and median; exact from there (the mean is the exact sum over the count, the median the
// middle value or the exact mean of the two middle ones); renderers round once to publish.
// It covers every unit with an index, ranked or not, as the band counts do.
import type { CriteriaSet } from '../criteria/model.js';
import { Rational, RationalSum } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';

export interface BandCount {
  /** undefined: the units below every band's minimum. */
  band?: string;
  min?: Rational;
  count: number;
}

export interface IndexStats {
  /** Units with an index. */
  count: number;
  mean?: Rational;
  median?: Rational;
  min?: { index: Rational; unit: RankedUnit };
  max?: { index: Rational; unit: RankedUnit };
  bands: BandCount[];
}

export interface GroupSummary extends IndexStats {
  group: string;
}

export interface RankingSummary extends IndexStats {
  /** One per group in the order the ranking lists them; empty when no unit has a group. */
  groups: GroupSummary[];
}

export function indexStats(criteria: CriteriaSet, units: readonly RankedUnit[]): IndexStats {
  // Each unit with its index as the table shows it.
  const scored = units.flatMap((unit) => (unit.index === undefined ? [] : [{ unit, value: unit.published ?? unit.index.round(criteria.precision) }]));
  const bands: BandCount[] = criteria.bands.map((b) => ({ band: b.label, min: b.min, count: scored.filter((s) => s.unit.band === b.label).length }));
  const none = scored.filter((s) => s.unit.band === undefined).length;
  if (none > 0) bands.push({ count: none });
  if (scored.length === 0) return { count: 0, bands };
  const sum = new RationalSum();
  for (const s of scored) sum.add(s.value);
  const sorted = [...scored].sort((a, b) => a.value.cmp(b.value));
  const mid = sorted.length >> 1;
  const at = (i: number) => (sorted[i] as { value: Rational }).value;
  const median = sorted.length % 2 === 1 ? at(mid) : at(mid - 1).add(at(mid)).div(Rational.int(2));
  // Highest and lowest: the first unit in ranking order with that value, so ties name the unit listed first.
  const first = (value: Rational) => (scored.find((s) => s.value.eq(value)) as { unit: RankedUnit }).unit;
  const lo = at(0);
  const hi = at(sorted.length - 1);
  return {
    count: scored.length,
    mean: sum.value().div(Rational.int(scored.length)),
    median,
    min: { index: lo, unit: first(lo) },
    max: { index: hi, unit: first(hi) },
    bands,
  };
}

export function summarizeRanking(criteria: CriteriaSet, units: readonly RankedUnit[]): RankingSummary {
  const groups: string[] = [];
  for (const u of units) if (u.group !== '' && !groups.includes(u.group)) groups.push(u.group);
  return {
    ...indexStats(criteria, units),
    groups: groups.map((group) => ({ group, ...indexStats(criteria, units.filter((u) => u.group === group)) })),
  };
}
