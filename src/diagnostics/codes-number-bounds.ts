// Numbers refused for their length or size before any arithmetic (src/numbers/decimal-bounds.ts):
// in a sheet's cell and in a criteria file. `limit` is the bound passed: digits, or the exponent.
import type { NumberBound } from '../numbers/decimal-bounds.js';

export interface NumberBoundArgs {
  /** A cell's number: `code` the criterion it scores, or `column` the column it is in (bonus, index, rank). */
  SCORE_VALUE_OUT_OF_BOUNDS: { text: string; code?: string; column?: string; bound: NumberBound; limit: number };
  /** A number literal of a criteria file, at its line and column. */
  CRITERIA_NUMBER_OUT_OF_BOUNDS: { text: string; bound: NumberBound; limit: number };
}
