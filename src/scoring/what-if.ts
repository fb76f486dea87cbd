// What-if (`cchc explain UNIT --set CODE=VALUE`): the unit's inputs changed, every unit scored
// and ranked again by the same engine, so the result is exactly what scoring the changed sheet
// gives. The other units' inputs are untouched; their ranks may move around the changed unit.
import type { CriteriaSet } from '../criteria/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rational } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';
import type { LeafValue } from './score-leaf.js';
import { scoreAll } from './score-all.js';
import type { ScoreContext, UnitInput } from './score-unit.js';

export interface UnitChange {
  /** New leaf values by leaf code, as a sheet's cells read them. */
  values: ReadonlyMap<string, LeafValue>;
  bonus?: Rational;
  penalty?: Rational;
}

export interface WhatIf {
  before: RankedUnit;
  after: RankedUnit;
  /** Every unit after the change, in publishing order. */
  units: RankedUnit[];
  /** Other units whose rank changed, in publishing order after the change. */
  moved: { unit: RankedUnit; rankBefore?: number; rankAfter?: number }[];
  /** What scoring the changed sheet says (a unit left with nothing applicable). */
  diagnostics: Diagnostic[];
}

/** `ranked`: every unit as scored now; `unit`: the one to change (its `unit` text). Undefined if there is no such unit. */
export function whatIf(criteria: CriteriaSet, inputs: readonly UnitInput[], ranked: readonly RankedUnit[], ctx: ScoreContext, unit: string, change: UnitChange): WhatIf | undefined {
  const before = ranked.find((u) => u.unit === unit);
  if (!before || !inputs.some((i) => i.unit === unit)) return undefined;
  const changed = inputs.map((input) => {
    if (input.unit !== unit) return input;
    const values = new Map(input.values);
    for (const [code, value] of change.values) values.set(code, value);
    return { ...input, values, bonus: change.bonus ?? input.bonus, penalty: change.penalty ?? input.penalty };
  });
  const { units, diagnostics } = scoreAll(criteria, changed, ctx);
  const after = units.find((u) => u.unit === unit) as RankedUnit;
  const rankBefore = new Map(ranked.map((u) => [u.unit, u.rank]));
  const moved = units.filter((u) => u.unit !== unit && u.rank !== rankBefore.get(u.unit)).map((u) => ({ unit: u, rankBefore: rankBefore.get(u.unit), rankAfter: u.rank }));
  return { before, after, units, moved, diagnostics };
}
