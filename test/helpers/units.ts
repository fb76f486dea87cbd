import type { CriteriaSet } from '../../src/criteria/model.js';
import { Rational } from '../../src/numbers/rational.js';
import { scoreLeaf, type LeafValue } from '../../src/scoring/score-leaf.js';
import type { UnitInput } from '../../src/scoring/score-unit.js';

/** A unit input from cell texts, read by each leaf's rule (fails on a bad cell). */
export function unit(criteria: CriteriaSet, name: string, cells: Record<string, string>, extra: Partial<UnitInput> = {}): UnitInput {
  const values = new Map<string, LeafValue>();
  for (const [code, text] of Object.entries(cells)) {
    const r = scoreLeaf(criteria.nodes.get(code)!, text, 'dot');
    if (!r.ok) throw new Error(`${name} ${code}: ${r.problem.code}`);
    values.set(code, r.value);
  }
  return { unit: name, name: '', group: '', ranked: true, note: '', values, bonus: Rational.ZERO, penalty: Rational.ZERO, ...extra };
}

export const R = (s: string): Rational => Rational.parse(s)!;
