// The keys and values of an object of the file as written, for the sections keyed by the user's
// own labels (levels, answers, questions, groups). zod leaves a `__proto__` key out of what it
// gives back (it would set the prototype of the object it builds); JSON.parse keeps it as an own
// key of the parsed file. Read from there, a level, answer, question or group called `__proto__`,
// `constructor` or `prototype` is checked and scored like any other label, never dropped.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rational } from '../numbers/rational.js';
import { locationAt, type JsonSource, type PathSegment } from './json-source.js';
import { wrongType } from './shown-value.js';

function recordAt(src: JsonSource, path: readonly PathSegment[]): [string, unknown][] {
  let v: unknown = src.value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return [];
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [];
}

/** label → exact number; a value of another type (only `__proto__`'s escapes the schema) is an error. */
export function numbersAt(src: JsonSource, path: readonly PathSegment[], out: Diagnostic[]): [string, Rational][] {
  return recordAt(src, path).flatMap(([key, v]): [string, Rational][] => {
    if (typeof v === 'number' && Number.isFinite(v)) return [[key, src.rational([...path, key], v)]];
    out.push(diag('CRITERIA_WRONG_TYPE', 'error', locationAt(src, [...path, key]), wrongType([...path, key], 'number', v)));
    return [];
  });
}

/** label → text; as numbersAt. */
export function stringsAt(src: JsonSource, path: readonly PathSegment[], out: Diagnostic[]): [string, string][] {
  return recordAt(src, path).flatMap(([key, v]): [string, string][] => {
    if (typeof v === 'string') return [[key, v]];
    out.push(diag('CRITERIA_WRONG_TYPE', 'error', locationAt(src, [...path, key]), wrongType([...path, key], 'string', v)));
    return [];
  });
}
