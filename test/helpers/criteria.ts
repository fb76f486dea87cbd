import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import type { CriteriaSet } from '../../src/criteria/model.js';

/** A checked criteria set from a plain object; fails the test on any error. */
/** A set's JSON data: the format, id and version added to `obj`. */
export const criteriaData = (obj: Record<string, unknown>): Record<string, unknown> => ({ format: 'cchc-criteria/1', id: 'test', version: '1', ...obj });

export function makeCriteria(obj: Record<string, unknown>): CriteriaSet {
  const { criteria, diagnostics } = parseCriteria(JSON.stringify(criteriaData(obj)), 'test.json');
  if (!criteria) throw new Error(`test criteria invalid: ${diagnostics.map((d) => `${d.code} ${d.loc.path ?? ''}`).join(', ')}`);
  return criteria;
}
