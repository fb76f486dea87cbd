// How sure the ranking is (`cchc score --uncertainty`): a bootstrap over each unit's survey forms.
// Every replicate resamples every unit's forms (drawUnit, from a plan worked out once), ranks all
// units by the set's rule (rankReplicates), and keeps each unit's published index and rank; a
// unit's interval is the central `level` share of its replicates (percentiles), widened if need
// be to hold its published value. Pure and seeded: the same inputs and seed give the same
// intervals. This runs every replicate in the calling thread; src/cli/uncertainty-threads.ts
// splits the same steps between threads, with the same results.
import type { CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import { allocateStore, drawUnit, rankReplicates, type ReplicateStore } from './draw-replicates.js';
import { publishedKey } from './published-key.js';
import type { RankedUnit } from './rank-units.js';
import type { ScoreContext, UnitInput } from './score-unit.js';
import { BASES, planUncertainty, type IntervalBasis, type UncertaintyPlan } from './uncertainty-plan.js';

export { publishedKey } from './published-key.js';

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

const exactKey = (r: Rational, p: number): number => r.round(p).toScaledInteger(p) ?? publishedKey(r.toNumber(), 10 ** p);

export function estimateUncertainty(criteria: CriteriaSet, units: readonly RankedUnit[], inputs: readonly UnitInput[], ctx: ScoreContext, opts: UncertaintyOptions): Uncertainty {
  const plan = planUncertainty(criteria, units, inputs, ctx, opts);
  const store = allocateStore(plan);
  for (let u = 0; u < plan.units; u++) drawUnit(plan, u, store);
  rankReplicates(plan, store, 0, plan.replicates);
  return intervalsOf(criteria, units, plan, store, opts);
}

/** Each unit's intervals from its replicates in the store, and the neighbours they do not tell apart. */
export function intervalsOf(criteria: CriteriaSet, units: readonly RankedUnit[], plan: UncertaintyPlan, store: ReplicateStore, opts: UncertaintyOptions): Uncertainty {
  const p = criteria.precision;
  const R = plan.replicates;
  const intervals = new Map<string, UnitInterval>();
  units.forEach((unit, u) => {
    const interval: UnitInterval = { basis: BASES[plan.basis[u] as number] as IntervalBasis };
    intervals.set(unit.unit, interval);
    if (!unit.index) return;
    const [low, high] = central(store.index.subarray(u * R, (u + 1) * R), opts.level, exactKey(unit.index, p));
    interval.indexLow = Rational.of(BigInt(low), 10n ** BigInt(p));
    interval.indexHigh = Rational.of(BigInt(high), 10n ** BigInt(p));
    if (unit.rank === undefined) return;
    [interval.rankLow, interval.rankHigh] = central(store.ranks.subarray(u * R, (u + 1) * R), opts.level, unit.rank);
  });
  const groupOf = (u: RankedUnit) => (criteria.ranking.byGroup ? u.group : '');
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

