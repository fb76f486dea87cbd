// A value of a criteria file as a message names it: its kind (a number, a string…), the value as
// written (shortened), and the key it is the value of.
import type { JsonKind } from '../diagnostics/codes-criteria.js';
import type { PathSegment } from './json-source.js';

/** What `value` is, told apart from `expected` where it matters (a decimal where an integer is expected). */
export function jsonKind(value: unknown, expected?: JsonKind): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return expected === 'integer' && !Number.isInteger(value) ? 'decimal' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as JsonKind;
  return 'object';
}

const SHOWN = 40;

/** The value as JSON writes it, cut after SHOWN characters: `"50"`, `1.5`, `{"type":"x"}`, `[…]`. */
export function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= SHOWN ? text : `${text.slice(0, SHOWN - 1)}…`;
}

/** The key a value is at: `max`, `fields[3]`, `steps[0]`; empty for the file itself. */
export function keyName(path: readonly PathSegment[]): string {
  let i = path.length;
  while (i > 0 && typeof path[i - 1] === 'number') i--;
  const key = i > 0 ? String(path[i - 1]) : '';
  return key + path.slice(i).map((n) => `[${String(n)}]`).join('');
}

/** CRITERIA_WRONG_TYPE's arguments for `value` at `path`. */
export const wrongType = (path: readonly PathSegment[], expected: JsonKind, value: unknown) => ({
  key: keyName(path),
  expected,
  found: jsonKind(value, expected),
  value: shownValue(value),
});
