import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import type { CriteriaSet } from '../../src/criteria/model.js';

/** A checked criteria set from a plain object; fails the test on any error. */
export function makeCriteria(obj: Record<string, unknown>): CriteriaSet {
  const { criteria, diagnostics } = parseCriteria(JSON.stringify({ format: 'cchc-criteria/1', id: 'test', version: '1', ...obj }), 'test.json');
  if (!criteria) throw new Error(`test criteria invalid: ${diagnostics.map((d) => `${d.code} ${d.loc.path ?? ''}`).join(', ')}`);
  return criteria;
}
