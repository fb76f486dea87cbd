// A replicate's value as the set publishes it: an integer of 10^-precision.

/**
 * x × 10^p rounded half away from zero, as an integer. A value within a billionth of a half is
 * taken for the half: floating point gives 85.12499999999999 for an exact 85.125.
 */
export function publishedKey(x: number, scale: number): number {
  const y = Math.abs(x * scale);
  const r = Math.floor(y + 0.5 + 1e-9 * Math.max(1, y));
  return x < 0 ? -r : r;
}
