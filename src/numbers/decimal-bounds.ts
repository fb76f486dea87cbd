// How long and how large a written number may be before it is refused unread: the exact
// arithmetic (BigInt rationals) costs time with the number's digits, so a cell `0.000…01` with
// 100,000 zeros took 15 s, and `1e-1000000` in a criteria file over a minute. No real sheet
// comes near these limits; inside them every number is still read and added exactly. Decided
// by looking at each digit once (linear in the text), before any arithmetic.

export interface NumberLimits {
  /** Significant digits: from the first digit that is not 0 to the last that is not 0. */
  digits: number;
  /** The decimal exponent of the first significant digit (96.5 is 9.65 × 10¹): within ±exponent. */
  exponent: number;
}

/** A score, survey, ranking or adjustment cell (CSV or workbook), and a `--set` value. */
export const CELL_LIMITS: NumberLimits = { digits: 30, exponent: 30 };
/** A rank read back from a ranking is a count of units: each read exactly as a JS number (below 2^53). */
export const RANK_DIGITS = 15;
/** A number of a criteria file: a little wider, for sums written to many decimals on purpose. */
export const CRITERIA_LIMITS: NumberLimits = { digits: 40, exponent: 40 };

/** A limit a number passed: the digits, or the exponent (too large, too small). */
export type LimitBound = 'digits' | 'large' | 'small';
/** `decimals`: decimals written, zeros included (an index read back from a ranking, shown as written). */
export type NumberBound = LimitBound | 'decimals';

/** The limit `bound` is of. */
export const limitOf = (bound: LimitBound, limits: NumberLimits): number => (bound === 'digits' ? limits.digits : limits.exponent);

/**
 * The limit the decimal `int.frac × 10^exponent` passes, if any. `int` and `frac` are digits
 * only; zero (any number of zeros) passes.
 */
export function decimalBound(int: string, frac: string, exponent: number, limits: NumberLimits): LimitBound | undefined {
  const all = int + frac;
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first++;
  if (first === all.length) return undefined;
  let last = all.length;
  while (all.charCodeAt(last - 1) === 48) last--;
  if (last - first > limits.digits) return 'digits';
  const magnitude = int.length - first - 1 + exponent;
  return magnitude > limits.exponent ? 'large' : magnitude < -limits.exponent ? 'small' : undefined;
}

const LITERAL = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** decimalBound of a literal such as `-12.5e3` (undefined for text that is no such literal). */
export function literalBound(text: string, limits: NumberLimits): LimitBound | undefined {
  const m = LITERAL.exec(text);
  if (!m) return undefined;
  return decimalBound(m[1] ?? '', m[2] ?? '', Number(m[3] ?? 0), limits);
}
