// Finds one unit by its code or name as a person types it (NFC, case folded); when none
// matches, the close ones, so a typo in `cchc explain sơn kim1` gets a useful answer.
import { plainKey as plain } from '../text/plain-key.js';
import { unitKey } from '../text/unit-key.js';

export interface Named {
  unit: string;
  name: string;
}

/** Texts longer than this are matched whole or as parts, never by typos: a typo search is quadratic in the length. */
const TYPO_LENGTH = 64;
/** A query longer than this is not searched for unit names inside it: nobody types one, and each search reads all of it. */
const PART_QUERY_LENGTH = 256;

/** The edit distance of a and b when it is at most `bound`, else bound + 1: only a band of the table is filled. */
function distance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = Array.from({ length: b.length + 1 }, () => bound + 1);
    row[0] = i;
    let best = i;
    for (let j = Math.max(1, i - bound); j <= Math.min(b.length, i + bound); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] ?? bound + 1) + 1, (row[j - 1] ?? bound + 1) + 1, (prev[j - 1] ?? bound + 1) + cost);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > bound) return bound + 1;
    prev = row;
  }
  return Math.min(prev[b.length] ?? bound + 1, bound + 1);
}

const squeezed = (s: string) => s.replace(/[\s._-]+/g, '');

/** How far a query is from a text: 0 when equal without diacritics, small for typos and parts. */
export function closeness(query: string, text: string): number | undefined {
  const q = plain(query);
  return closenessOf(q, squeezed(q), plain(text));
}

/** closeness, for a query already plain and squeezed (a unit search asks it of every unit). */
function closenessOf(q: string, sq: string, t: string): number | undefined {
  if (!q || !t) return undefined;
  if (q === t) return 0;
  if (sq === squeezed(t)) return 0.5;
  // Parts count only when both are long enough: a one-letter code is inside every query.
  if (q.length >= 3 && t.length >= 3 && (t.includes(q) || (q.length <= PART_QUERY_LENGTH && q.includes(t)))) return 1;
  if (q.length > TYPO_LENGTH || t.length > TYPO_LENGTH) return undefined;
  const bound = Math.max(1, Math.floor(Math.max(q.length, t.length) / 4));
  const d = distance(q, t, bound);
  return d <= bound ? 1 + d : undefined;
}

export function findUnit<U extends Named>(units: readonly U[], query: string, limit = 5): { unit?: U; suggestions: U[] } {
  // As every sheet names a unit (unit-identity.ts): its code, else its name.
  const key = unitKey(query);
  const exact = units.find((u) => unitKey(u.unit) === key) ?? units.find((u) => u.name !== '' && unitKey(u.name) === key);
  if (exact) return { unit: exact, suggestions: [] };
  const scored: { u: U; d: number }[] = [];
  const q = plain(query);
  const sq = squeezed(q);
  for (const u of units) {
    const ds = [closenessOf(q, sq, plain(u.unit)), u.name ? closenessOf(q, sq, plain(u.name)) : undefined].filter((d): d is number => d !== undefined);
    if (ds.length > 0) scored.push({ u, d: Math.min(...ds) });
  }
  scored.sort((a, b) => a.d - b.d || (a.u.unit < b.u.unit ? -1 : a.u.unit > b.u.unit ? 1 : 0));
  // The same letters without diacritics is surely the one meant: do not add typos' neighbours.
  const sure = scored.filter((s) => s.d <= 0.5);
  return { suggestions: (sure.length > 0 ? sure : scored).slice(0, limit).map((s) => s.u) };
}

/**
 * The units a unit missing from another file most likely is (a typo on one side): the nearest by
 * code or name, without diacritics, within a third of its length (two letters swapped in `SONNINH`
 * count); every unit at that distance, in the order given, up to `limit` (`SONHAA` is as near to
 * `SONHA` as to `SONHAM`: both are named). Empty when none is that near.
 */
export function closestUnits<U extends Named>(units: readonly U[], query: string, limit = 3): U[] {
  const q = plain(query);
  let best: U[] = [];
  const bound = Math.max(2, Math.ceil(q.length / 3));
  let bestD = bound + 1;
  if (q.length > TYPO_LENGTH) return [];
  for (const u of units) {
    let d = bestD + 1;
    for (const text of [u.unit, u.name]) if (text) d = Math.min(d, distance(q, plain(text), Math.min(bound, bestD)));
    if (d < bestD) [best, bestD] = [[u], d];
    else if (d === bestD && d <= bound && best.length < limit) best.push(u);
  }
  return best;
}

/** The first of closestUnits. */
export const closestUnit = <U extends Named>(units: readonly U[], query: string): U | undefined => closestUnits(units, query, 1)[0];
