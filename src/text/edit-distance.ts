// How many single-character edits (insert, delete, replace) turn one text into another: the
// measure of a near miss (`3.21` for `3.2.1`, `Son Kim1` for `Sơn Kim 1`).

export function editDistance(a: string, b: string): number {
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

/** The candidates nearest to `text` (by editDistance), when the nearest are within `limit`. */
export function nearest<T>(text: string, candidates: readonly T[], keyOf: (c: T) => string, limit: number): T[] {
  let best: T[] = [];
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = editDistance(text, keyOf(c));
    if (d < bestD) [best, bestD] = [[c], d];
    else if (d === bestD) best.push(c);
  }
  return best;
}
