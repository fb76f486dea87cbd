// One pass over a criteria file's text, outside its strings, before anything parses it: how many
// keys it writes (fewer held after JSON.parse means a key is repeated), whether it writes a
// number a double cannot give back exactly (30.000000000000000000000000000001 would be read as
// 30 and pass a sum it fails), and where its nesting goes past the limit (every reader after
// this one is recursive: a file of 100,000 brackets must be an error, not a stack overflow), and
// which numbers are too long or too large to read at all (CRITERIA_LIMITS: `1e-1000000` would
// cost minutes of exact arithmetic; `1e400` is Infinity to JSON.parse).
import { CRITERIA_LIMITS, literalBound, type LimitBound } from '../numbers/decimal-bounds.js';
import { Rational } from '../numbers/rational.js';

/** Deepest nesting of objects and arrays read: a criteria tree 30 levels deep needs about 64. */
export const MAX_JSON_DEPTH = 64;

/** A string (and the colon after it, when it is a key), a number, or a bracket. */
const TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|[[\]{}]/g;
/** At most 15 digits in all and no exponent: a double always gives such a decimal back (DBL_DIG). */
const SHORT = /^-?(?=(?:\D*\d){1,15}\D*$)\d+(?:\.\d+)?$/;

export interface JsonScan {
  keys: number;
  /** Some number literal is not the decimal its double prints as. */
  inexact: boolean;
  /** The offset of the first bracket past MAX_JSON_DEPTH. */
  tooDeep?: number;
  /** Number literals past CRITERIA_LIMITS (the first MAX_REPORTED), where they are. */
  outOfBounds: { offset: number; text: string; bound: LimitBound }[];
}

/** Numbers past the limits said one by one, up to this many: a file of them is one mistake. */
const MAX_REPORTED = 20;

/** True when JSON.parse's double for a number literal is exactly the decimal written. */
export function readsExactly(literal: string): boolean {
  if (SHORT.test(literal)) return true;
  const x = Number(literal);
  if (!Number.isFinite(x)) return false;
  try {
    return Rational.parse(literal)?.eq(Rational.fromNumber(x)) === true;
  } catch {
    return false;
  }
}

export function scanJson(text: string): JsonScan {
  let keys = 0;
  let depth = 0;
  let inexact = false;
  const outOfBounds: JsonScan['outOfBounds'] = [];
  for (const m of text.matchAll(TOKEN)) {
    const c = m[0].charCodeAt(0);
    if (c === 0x22) {
      if (m[1] !== undefined) keys++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return { keys, inexact, tooDeep: m.index, outOfBounds };
    } else if (c === 0x5d || c === 0x7d) depth--;
    else {
      const bound = literalBound(m[0], CRITERIA_LIMITS);
      if (bound) {
        if (outOfBounds.length < MAX_REPORTED) outOfBounds.push({ offset: m.index, text: m[0], bound });
      } else if (!inexact && !readsExactly(m[0])) inexact = true;
    }
  }
  return { keys, inexact, outOfBounds };
}
