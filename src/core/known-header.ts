// Which header cells name a column of a set: a reserved column, a node code or a survey question,
// all compared by foldKey. The keys are plain strings, so that a worker thread can be given them.
import { columnOf } from '../criteria/column-names.js';
import type { CriteriaSet } from '../criteria/model.js';
import { foldKey } from '../text/normalize.js';

export function headerKeys(criteria: CriteriaSet): string[] {
  const keys = new Set([...criteria.nodes.keys()].map(foldKey));
  for (const q of criteria.survey?.questions ?? []) keys.add(foldKey(q.header));
  return [...keys];
}

export function isKnownHeaderIn(keys: readonly string[]): (key: string) => boolean {
  const set = new Set(keys);
  return (key) => columnOf(key) !== undefined || set.has(key);
}

/** Whether a header cell names a column of `criteria`. */
export function knownHeader(criteria: CriteriaSet): (key: string) => boolean {
  return isKnownHeaderIn(headerKeys(criteria));
}
