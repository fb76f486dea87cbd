// `cchc explain UNIT --set CODE=VALUE …` on a loaded job: the values read as the scores sheet
// would read them, the unit changed and every unit scored again (scoring/what-if.ts).
import { appendAll, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rational } from '../numbers/rational.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { LeafValue } from '../scoring/score-leaf.js';
import { whatIf, type UnitChange, type WhatIf } from '../scoring/what-if.js';
import { readSetValues, type SetOption } from '../sheets/read-set-values.js';
import type { DecimalMark } from '../text/parse-number.js';
import type { Job } from './run-job.js';

/** One changed cell: its code (a leaf's, or bonus/penalty) and title, the value as typed, and the points it gives (none: not applicable). */
export interface WhatIfCell {
  code: string;
  title: string;
  value: string;
  before?: Rational;
  after?: Rational;
}

/** The what-if, and the changed cells with their points before and after; undefined when a value has errors (in `out`). */
export function runWhatIf(job: Job, unit: RankedUnit, options: readonly SetOption[], decimal: DecimalMark | undefined, out: Diagnostic[]): { result: WhatIf; cells: WhatIfCell[] } | undefined {
  const read = readSetValues(job.criteria, options, decimal ?? job.scoresMark, job.surveyGiven, unit.unit, decimal);
  appendAll(out, read.diagnostics);
  if (hasErrors(read.diagnostics)) return undefined;
  const values = new Map<string, LeafValue>();
  const change: UnitChange = { values };
  for (const c of read.changes) {
    if (c.kind === 'leaf') values.set(c.leaf.code, c.value);
    else change[c.kind] = c.value;
  }
  const result = whatIf(job.criteria, job.inputs, job.units, { surveyGiven: job.surveyGiven }, unit.unit, change);
  if (!result) return undefined;
  appendAll(out, result.diagnostics);
  const cells = read.changes.map((c): WhatIfCell => {
    if (c.kind !== 'leaf') return { code: c.kind, title: '', value: c.option.value, before: result.before[c.kind], after: result.after[c.kind] };
    // A leaf not applicable to the unit (max 0) has no points to show.
    const at = (u: RankedUnit) => {
      const s = u.nodes.get(c.leaf.code);
      return s && s.max.sign() > 0 ? s.points : undefined;
    };
    return { code: c.leaf.code, title: c.leaf.title, value: c.option.value, before: at(result.before), after: at(result.after) };
  });
  return { result, cells };
}
