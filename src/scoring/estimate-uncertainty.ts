// How sure the ranking is (`cchc score --uncertainty`): a bootstrap over each unit's survey forms.
// Every replicate resamples every unit's forms (drawUnit, from a plan worked out once), ranks all
// units by the set's rule (rankReplicates), and keeps each unit's published index and rank; a
// unit's interval is the central `level` share of its replicates (percentiles), widened if need
// be to hold its published value. Pure and seeded: the same inputs and seed give the same
// intervals. This runs every replicate in the calling thread; src/core/uncertainty-threads.ts
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
  const scratch = new Float64Array(R);
  units.forEach((unit, u) => {
    const interval: UnitInterval = { basis: BASES[plan.basis[u] as number] as IntervalBasis };
    intervals.set(unit.unit, interval);
    if (!unit.index) return;
    const [low, high] = central(store.index.subarray(u * R, (u + 1) * R), opts.level, exactKey(unit.index, p), scratch);
    interval.indexLow = Rational.of(BigInt(low), 10n ** BigInt(p));
    interval.indexHigh = Rational.of(BigInt(high), 10n ** BigInt(p));
    if (unit.rank === undefined) return;
    [interval.rankLow, interval.rankHigh] = central(store.ranks.subarray(u * R, (u + 1) * R), opts.level, unit.rank, scratch);
  });
  const groupOf = (u: RankedUnit) => (criteria.ranking.byGroup ? u.group : '');
  return { ...opts, intervals, pairs: neighbourPairs(units, intervals, groupOf) };
}

/**
 * The central `level` share of the replicates (NaN left out), widened to hold the published
 * value: its two bounds picked (quickselect) from a copy in `scratch`, not the whole sorted.
 */
export function central(values: Float64Array | Float32Array, level: number, published: number, scratch: Float64Array = new Float64Array(values.length)): [number, number] {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) scratch[n++] = values[i] as number;
  if (n === 0) return [published, published];
  const [lo, hi] = boundsAt(n, level);
  const high = select(scratch, 0, n, hi);
  // The lower bound is among the values left of the upper one.
  const low = lo === hi ? high : select(scratch, 0, hi, lo);
  return [Math.min(low, published), Math.max(high, published)];
}

/** The k-th smallest of a[from … to − 1] (k counted from 0 in the whole array), partly reordering them. */
function select(a: Float64Array, from: number, to: number, k: number): number {
  let l = from;
  let r = to - 1;
  while (r > l) {
    // Hoare's partition around the median of three.
    const m = (l + r) >>> 1;
    const x = a[l] as number;
    const y = a[m] as number;
    const z = a[r] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = r;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const s = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = s;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return a[k] as number;
  }
  return a[k] as number;
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

