// Finds one unit by its code or name as a person types it (NFC, case folded); when none
// matches, the close ones, so a typo in `cchc explain sơn kim1` gets a useful answer.
import { foldKey } from '../text/normalize.js';

export interface Named {
  unit: string;
  name: string;
}

/** Folded and without diacritics: `Sơn Kim 1` and `son kim 1` look alike for suggestions. */
const plain = (s: string): string => foldKey(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How far a query is from a text: 0 when equal without diacritics, small for typos and parts. */
function closeness(query: string, text: string): number | undefined {
  const q = plain(query);
  const t = plain(text);
  if (!q || !t) return undefined;
  if (q === t) return 0;
  const squeezed = (s: string) => s.replace(/[\s._-]+/g, '');
  if (squeezed(q) === squeezed(t)) return 0.5;
  // Parts count only when both are long enough: a one-letter code is inside every query.
  if (q.length >= 3 && t.length >= 3 && (t.includes(q) || q.includes(t))) return 1;
  const d = distance(q, t);
  return d <= Math.max(1, Math.floor(Math.max(q.length, t.length) / 4)) ? 1 + d : undefined;
}

export function findUnit<U extends Named>(units: readonly U[], query: string, limit = 5): { unit?: U; suggestions: U[] } {
  const key = foldKey(query);
  const exact = units.find((u) => foldKey(u.unit) === key) ?? units.find((u) => u.name !== '' && foldKey(u.name) === key);
  if (exact) return { unit: exact, suggestions: [] };
  const scored: { u: U; d: number }[] = [];
  for (const u of units) {
    const ds = [closeness(query, u.unit), u.name ? closeness(query, u.name) : undefined].filter((d): d is number => d !== undefined);
    if (ds.length > 0) scored.push({ u, d: Math.min(...ds) });
  }
  scored.sort((a, b) => a.d - b.d || (a.u.unit < b.u.unit ? -1 : a.u.unit > b.u.unit ? 1 : 0));
  // The same letters without diacritics is surely the one meant: do not add typos' neighbours.
  const sure = scored.filter((s) => s.d <= 0.5);
  return { suggestions: (sure.length > 0 ? sure : scored).slice(0, limit).map((s) => s.u) };
}
