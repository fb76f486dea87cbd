// The ranks of one replicate, by the set's rule (rank-units.ts): 1 + the number of ranked units
// of the unit's group with a better key: the index as published (or exact), then each tie-break
// key in turn, higher first. Equal keys share the better rank (1, 2, 2, 4).

/** Relative difference under which two floating-point values are one value (exact ranking only). */
const SAME = 1e-9;

export interface ReplicateRanking {
  /** The ranked units (positions), sorted by group once: ranks restart with each group. */
  members: Int32Array;
  /** Per member position in `members`, where its group starts. */
  groupStart: Int32Array;
  /** Per key, per unit position: this replicate's value (NaN: the unit has no index in it). */
  keys: Float64Array[];
  /** Values are published integers (exact comparison) or floating-point values (compared within SAME). */
  published: boolean;
}

/** Sorts `scratch` (a copy of members) and writes each member's rank into `ranks` (NaN when it has no index). */
export function rankReplicate(r: ReplicateRanking, scratch: Int32Array, ranks: Float64Array): void {
  const { keys, published } = r;
  const cmp = (a: number, b: number): number => {
    for (const key of keys) {
      const x = key[a] as number;
      const y = key[b] as number;
      if (x === y) continue;
      if (!published && Math.abs(x - y) <= SAME * Math.max(1, Math.abs(x), Math.abs(y))) continue;
      return y - x;
    }
    return 0;
  };
  let start = 0;
  while (start < r.members.length) {
    let end = start + 1;
    while (end < r.members.length && r.groupStart[end] === start) end++;
    // Units without an index in this replicate drop out of its ranking.
    let n = 0;
    for (let i = start; i < end; i++) {
      const u = r.members[i] as number;
      if (Number.isNaN(keys[0]?.[u])) ranks[u] = NaN;
      else scratch[n++] = u;
    }
    const group = scratch.subarray(0, n).sort(cmp);
    for (let i = 0; i < n; i++) {
      const u = group[i] as number;
      const prev = group[i - 1];
      ranks[u] = prev !== undefined && cmp(prev, u) === 0 ? (ranks[prev] as number) : i + 1;
    }
    start = end;
  }
}
