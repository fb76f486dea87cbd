// rankReplicate on plain arrays: each key's value per unit, and each unit's ranking group.
import { rankReplicate } from '../../src/scoring/rank-replicate.js';

/** The ranks rankReplicate gives units with these keys (index first) and groups (NaN: no index). */
export function rankReplicateOf(keys: number[][], groups: number[], published = true): number[] {
  const members = Int32Array.from(groups.map((_, i) => i).sort((a, b) => (groups[a] as number) - (groups[b] as number) || a - b));
  const groupStart = new Int32Array(members.length);
  members.forEach((u, i) => (groupStart[i] = i > 0 && groups[members[i - 1] as number] === groups[u] ? (groupStart[i - 1] as number) : i));
  const ranks = new Float64Array(groups.length);
  rankReplicate({ members, groupStart, keys: keys.map((k) => Float64Array.from(k)), published }, new Int32Array(members.length), ranks);
  return [...ranks];
}
