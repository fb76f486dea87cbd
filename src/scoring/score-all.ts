// Every unit scored, ranked and banded: the whole engine behind `cchc score`.
import type { CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rankUnits, type RankedUnit } from './rank-units.js';
import { scoreUnit, type ScoreContext, type UnitInput } from './score-unit.js';

export function scoreAll(criteria: CriteriaSet, inputs: readonly UnitInput[], ctx: ScoreContext): { units: RankedUnit[]; diagnostics: Diagnostic[] } {
  const scores = inputs.map((i) => scoreUnit(criteria, i, ctx));
  const diagnostics = scores.filter((s) => !s.index).map((s) => diag('SCORE_NO_APPLICABLE_MAX', 'error', {}, { unit: s.unit }));
  return { units: rankUnits(criteria, scores), diagnostics };
}
