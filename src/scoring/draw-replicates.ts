// The replicates of --uncertainty, from a plan (uncertainty-plan.ts) into a store of typed
// arrays: drawUnit computes every replicate of one unit (its forms resampled with replacement
// within each respondent group, as many as the group has, then the unit's index and tie-break
// values), rankReplicates ranks the units in a range of replicates. A unit's replicates depend on
// its plan and seed alone, and a replicate's ranks on the values in the store: any split of the
// units, then of the replicates, between threads fills the store with the same numbers.
import { publishedKey } from './published-key.js';
import { rankReplicate } from './rank-replicate.js';
import type { UncertaintyPlan } from './uncertainty-plan.js';
import { generatorState, rejectFrom } from './unit-random.js';

export interface ReplicateStore {
  /** Per unit and replicate (u × R + r): the index as published, an integer of 10^-precision (NaN: none in that replicate). */
  index: Float64Array;
  /**
   * Per ranking key: the value ranked on per unit and replicate (u × R + r), or per unit for a key
   * no resample changes (plan.varies). Key 0 is `index` itself when the set ranks on published values.
   */
  keys: Float64Array[];
  /** Per ranked unit and replicate (u × R + r): its rank (NaN: no index in that replicate). Exact in single precision. */
  ranks: Float32Array;
}

/** A store for the plan, in buffers from `buffer` (an ArrayBuffer, or a SharedArrayBuffer for threads). */
export function allocateStore(plan: UncertaintyPlan, buffer: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes)): ReplicateStore {
  const cells = plan.units * plan.replicates;
  const doubles = (n: number) => new Float64Array(buffer(n * 8));
  const index = doubles(cells);
  const keys = Array.from(plan.varies, (varies, j) => (j === 0 && plan.published ? index : doubles(varies || j === 0 ? cells : plan.units)));
  return { index, keys, ranks: new Float32Array(buffer(cells * 4)) };
}

/** How many forms a replicate of unit u draws. */
export function formsOf(plan: UncertaintyPlan, u: number): number {
  let n = 0;
  for (let g = plan.groupStart[u] as number; g < (plan.groupStart[u + 1] as number); g++) n += plan.groupForms[g] as number;
  return n;
}

/** Every replicate of unit u into the store. */
export function drawUnit(plan: UncertaintyPlan, u: number, store: ReplicateStore): void {
  const K1 = plan.keys;
  const values = plan.exact.slice(u * K1, (u + 1) * K1);
  for (let j = 1; j < K1; j++) if (!plan.varies[j]) (store.keys[j] as Float64Array)[u] = keyOf(plan, values[j] as number);
  if (plan.basis[u] === 0) resample(plan, u, store, values);
  else for (let r = 0; r < plan.replicates; r++) keep(plan, store, u * plan.replicates + r, values);
}

const keyOf = (plan: UncertaintyPlan, x: number): number => (plan.published ? publishedKey(x, plan.scale) : x);

/** A replicate's values into the store, at `at` (u × R + r). */
function keep(plan: UncertaintyPlan, store: ReplicateStore, at: number, values: Float64Array): void {
  store.index[at] = publishedKey(values[0] as number, plan.scale);
  if (!plan.published) (store.keys[0] as Float64Array)[at] = values[0] as number;
  for (let j = 1; j < plan.keys; j++) if (plan.varies[j]) (store.keys[j] as Float64Array)[at] = keyOf(plan, values[j] as number);
}

/** The replicates of a unit whose forms are resampled. */
function resample(plan: UncertaintyPlan, u: number, store: ReplicateStore, values: Float64Array): void {
  const R = plan.replicates;
  const g0 = plan.groupStart[u] as number;
  const G = (plan.groupStart[u + 1] as number) - g0;
  const L = plan.layoutLeaves[u] as number;
  const pack = plan.pack[u] as number;
  const W = pack > 0 ? L : 2 * L;
  const count = plan.groupForms.slice(g0, g0 + G);
  const reject = Float64Array.from(count, rejectFrom);
  const offset = new Int32Array(G);
  for (let g = 0, o = plan.dataStart[u] as number; g < G; o += (count[g] as number) * W, g++) offset[g] = o;
  const acc = new Float64Array(G * W);
  const picks = new Int32Array(Math.max(0, ...count));
  const data = plan.data;
  // The generator's state in locals (unit-random.ts: xoroshiro128+ in 32-bit halves): a draw is
  // a few integer operations, where a call on a state object cost twice the rest of a draw.
  const state = generatorState(plan.seed[u] as number);
  let s01 = state[0] as number;
  let s00 = state[1] as number;
  let s11 = state[2] as number;
  let s10 = state[3] as number;
  for (let r = 0; r < R; r++) {
    for (let g = 0; g < G; g++) {
      const n = count[g] as number;
      const max = reject[g] as number;
      const from = offset[g] as number;
      const sum = g * W;
      for (let k = 0; k < n; k++) {
        let d: number;
        do {
          const out = (s00 + s10) | 0;
          const a0 = s10 ^ s00;
          const a1 = s11 ^ s01;
          const o00 = s00;
          const o01 = s01;
          s00 = (o00 << 24) ^ (o01 >>> 8) ^ a0 ^ (a0 << 16);
          s01 = (o01 << 24) ^ (o00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
          s10 = (a1 << 5) ^ (a0 >>> 27);
          s11 = (a0 << 5) ^ (a1 >>> 27);
          d = (out ^ 0x80000000) >>> 0;
        } while (d >= max);
        // d % n, without the floating-point remainder's call: exact below 2^32.
        picks[k] = (from + ((d - Math.floor(d / n) * n) | 0) * W) | 0;
      }
      // Then the drawn forms' sums, a number at a time: a tight loop with its sum in a register,
      // where adding each form's W numbers into the sums cost half as much again.
      for (let i = 0; i < W; i++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += data[(picks[k] as number) + i] as number;
        acc[sum + i] = s;
      }
    }
    evaluate(plan, u, acc, values, G, L, pack);
    keep(plan, store, u * R + r, values);
  }
}

/**
 * The values of a replicate from its sums (per group: each leaf's valid answers and weights):
 * each form-fed leaf's mean (the groups' means combined by their shares renormalised over the
 * groups that answered, or pooled), its points and applicable maximum, as the set's rules say.
 */
function evaluate(plan: UncertaintyPlan, u: number, acc: Float64Array, v: Float64Array, G: number, L: number, pack: number): void {
  const K1 = plan.keys;
  const K = K1 - 1;
  const { den, leafAt, leafMax, under, groupShare } = plan;
  const g0 = plan.groupStart[u] as number;
  const shares = groupShare[g0] === groupShare[g0] && G > 0;
  const W = pack > 0 ? L : 2 * L;
  for (let j = 0; j < K1; j++) v[j] = plan.fixed[u * K1 + j] as number;
  let max = plan.fixedMax[u] as number;
  for (let i = plan.leafStart[u] as number; i < (plan.leafStart[u + 1] as number); i++) {
    const l = leafAt[i] as number;
    let weighted = 0;
    let total = 0;
    let count = 0;
    for (let g = 0; g < G; g++) {
      // The group's valid answers n and weights' sum w for the leaf: packed as w × pack + n
      // (exact, pack being a power of two), or side by side.
      const a = acc[g * W + l] as number;
      const w = pack > 0 ? Math.floor(a / pack) : (acc[g * W + L + l] as number);
      const n = pack > 0 ? a - w * pack : a;
      if (shares) {
        const share = groupShare[g0 + g] as number;
        if (n === 0 || share === 0) continue;
        weighted += share * (w / (den * n));
        total += share;
      } else (count += n), (weighted += w);
    }
    // The groups' means by their shares over those that answered, or the mean of all answers.
    const mean = shares ? (total > 0 ? weighted / total : NaN) : count > 0 ? weighted / (den * count) : NaN;
    // No valid answer in this draw: as whenNoAnswers says, 0 points, or out of the maximum.
    const answered = mean === mean;
    const points = answered ? (leafMax[i] as number) * mean : 0;
    if (answered || !plan.exclude) max += leafMax[i] as number;
    v[0] = (v[0] as number) + points;
    for (let j = 0; j < K; j++) if (under[i * K + j]) v[j + 1] = (v[j + 1] as number) + points;
  }
  // v[0] held the total: the index is total ÷ max × 100 (none when nothing applies).
  v[0] = max > 0 ? ((v[0] as number) / max) * 100 : NaN;
}

/** The ranks of replicates r0 … r1 − 1 (every unit's values in the store already). */
export function rankReplicates(plan: UncertaintyPlan, store: ReplicateStore, r0: number, r1: number): void {
  const { units: U, replicates: R, members } = plan;
  // This replicate's value of each key per unit: gathered from the store, or kept once per unit.
  const now = store.keys.map((k, j) => (j === 0 || plan.varies[j] ? new Float64Array(U) : k));
  const ranking = { members, groupStart: plan.memberGroupStart, keys: now, published: plan.published };
  const scratch = new Int32Array(members.length);
  const packed = new Float64Array(members.length);
  const rank = new Float64Array(U);
  for (let r = r0; r < r1; r++) {
    now.forEach((key, j) => {
      if (key === store.keys[j]) return;
      const all = store.keys[j] as Float64Array;
      for (const m of members) key[m] = all[m * R + r] as number;
    });
    rankReplicate(ranking, scratch, rank, packed);
    for (const m of members) store.ranks[m * R + r] = rank[m] as number;
  }
}
