// How sure the ranking is (`cchc score --uncertainty`): a bootstrap over each unit's survey forms.
// Every replicate resamples every unit's forms (UnitResampler), ranks all units by the set's rule
// (rankReplicate), and keeps each unit's published index and rank; a unit's interval is the
// central `level` share of its replicates (percentiles), widened if need be to hold its published
// value. Pure and seeded: the same inputs and seed give the same intervals.
import type { CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';
import { rankReplicate, type ReplicateRanking } from './rank-replicate.js';
import type { ScoreContext, UnitInput } from './score-unit.js';
import { UnitResampler, type IntervalBasis } from './unit-resampler.js';
import { unitDraw } from './unit-random.js';

export interface UncertaintyOptions {
  replicates: number;
  seed: number;
  /** The interval's coverage, e.g. 0.9. */
  level: number;
}

export interface UnitInterval {
  basis: IntervalBasis;
  /** Absent for a unit without an index. */
  indexLow?: Rational;
  indexHigh?: Rational;
  /** Absent for a unit not ranked. */
  rankLow?: number;
  rankHigh?: number;
}

/** Two units next to each other in the ranking whose rank intervals overlap. */
export interface NeighbourPair {
  better: RankedUnit;
  worse: RankedUnit;
}

export interface Uncertainty extends UncertaintyOptions {
  /** By unit (its `unit` text, unique in a ranking). */
  intervals: Map<string, UnitInterval>;
  pairs: NeighbourPair[];
}

/** Positions of the lower and upper bound in `n` sorted replicates: the central `level` share. */
export function boundsAt(n: number, level: number): [number, number] {
  const k = Math.max(1, Math.ceil(((1 - level) / 2) * n - 1e-9));
  return [Math.min(k - 1, n - 1), Math.max(n - k, 0)];
}

/**
 * x × 10^p rounded half away from zero, as an integer. A value within a billionth of a half is
 * taken for the half: floating point gives 85.12499999999999 for an exact 85.125.
 */
export function publishedKey(x: number, scale: number): number {
  const y = Math.abs(x * scale);
  const r = Math.floor(y + 0.5 + 1e-9 * Math.max(1, y));
  return x < 0 ? -r : r;
}

const exactKey = (r: Rational, p: number): number => r.round(p).toScaledInteger(p) ?? publishedKey(r.toNumber(), 10 ** p);

export function estimateUncertainty(criteria: CriteriaSet, units: readonly RankedUnit[], inputs: readonly UnitInput[], ctx: ScoreContext, opts: UncertaintyOptions): Uncertainty {
  const p = criteria.precision;
  const scale = 10 ** p;
  const published = criteria.ranking.on !== 'exact';
  const inputOf = new Map(inputs.map((i) => [i.unit, i]));
  const samplers = units.map((u) => new UnitResampler(criteria, u, inputOf.get(u.unit), ctx));
  const U = units.length;
  const R = opts.replicates;
  // Ranked on published values (integers of 10^-p), or on exact ones (floating point here).
  const keyOf = (x: number): number => (published ? publishedKey(x, scale) : x);
  const exactIndex = samplers.map((s) => exactKey(s.exact[0] as Rational, p));

  const keys = (samplers[0]?.exact ?? []).map(() => new Float64Array(U));
  const setKeys = (u: number, values: Float64Array) => keys.forEach((key, j) => (key[u] = keyOf(values[j] as number)));
  samplers.forEach((s, u) => setKeys(u, s.values));
  const groupOf = (u: RankedUnit) => (criteria.ranking.byGroup ? u.group : '');
  const ranked = units.flatMap((u, i) => (u.rank === undefined ? [] : [i]));
  ranked.sort((a, b) => cmpText(groupOf(units[a] as RankedUnit), groupOf(units[b] as RankedUnit)) || a - b);
  const members = Int32Array.from(ranked);
  const groupStart = new Int32Array(members.length);
  members.forEach((u, i) => (groupStart[i] = i > 0 && groupOf(units[members[i - 1] as number] as RankedUnit) === groupOf(units[u] as RankedUnit) ? (groupStart[i - 1] as number) : i));
  const ranking: ReplicateRanking = { members, groupStart, keys, published };

  const draws = samplers.map((s) => (s.basis === 'forms' ? unitDraw(opts.seed, s.unit.unit) : undefined));
  const index = new Float64Array(U * R);
  // Ranks are small integers (or NaN): exact in single precision, half the memory of a national run's.
  const ranks = new Float32Array(U * R);
  const rankNow = new Float64Array(U);
  const scratch = new Int32Array(members.length);
  for (let r = 0; r < R; r++) {
    for (let u = 0; u < U; u++) {
      const s = samplers[u] as UnitResampler;
      const draw = draws[u];
      if (draw) {
        s.resample(draw);
        setKeys(u, s.values);
      }
      index[u * R + r] = publishedKey(s.values[0] as number, scale);
    }
    rankReplicate(ranking, scratch, rankNow);
    for (const u of members) ranks[u * R + r] = rankNow[u] as number;
  }

  const intervals = new Map<string, UnitInterval>();
  units.forEach((unit, u) => {
    const interval: UnitInterval = { basis: (samplers[u] as UnitResampler).basis };
    intervals.set(unit.unit, interval);
    if (!unit.index) return;
    const [low, high] = central(index.subarray(u * R, (u + 1) * R), opts.level, exactIndex[u] as number);
    interval.indexLow = Rational.of(BigInt(low), 10n ** BigInt(p));
    interval.indexHigh = Rational.of(BigInt(high), 10n ** BigInt(p));
    if (unit.rank === undefined) return;
    [interval.rankLow, interval.rankHigh] = central(ranks.subarray(u * R, (u + 1) * R), opts.level, unit.rank);
  });
  return { ...opts, intervals, pairs: neighbourPairs(units, intervals, groupOf) };
}

/** The central `level` share of the replicates (NaN left out), widened to hold the published value. */
function central(values: Float64Array | Float32Array, level: number, published: number): [number, number] {
  // A typed array sorts NaN last: the replicates without a value are the tail, left out.
  const sorted = values.slice().sort();
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  if (n === 0) return [published, published];
  const [lo, hi] = boundsAt(n, level);
  return [Math.min(sorted[lo] as number, published), Math.max(sorted[hi] as number, published)];
}

/** Units next to each other in the ranking (in one group) whose rank intervals overlap; a tie of two fixed ranks is no finding of the survey's. */
function neighbourPairs(units: readonly RankedUnit[], intervals: Map<string, UnitInterval>, groupOf: (u: RankedUnit) => string): NeighbourPair[] {
  const pairs: NeighbourPair[] = [];
  let prev: RankedUnit | undefined;
  for (const u of units) {
    if (u.rank === undefined) continue;
    const a = prev && groupOf(prev) === groupOf(u) ? intervals.get(prev.unit) : undefined;
    const b = intervals.get(u.unit);
    if (prev && a && b && (a.rankHigh as number) >= (b.rankLow as number) && !(a.rankLow === a.rankHigh && b.rankLow === b.rankHigh)) pairs.push({ better: prev, worse: u });
    prev = u;
  }
  return pairs;
}

const cmpText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
