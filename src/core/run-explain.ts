// `explain UNIT`: the job, the unit found by its code or name as a person types it, and its sheet
// explained; with `--set`, what the unit's result would be with those cells changed.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { explainUnit, type Explained } from '../scoring/explain-unit.js';
import { findJobUnit } from './find-job-unit.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { WhatIf } from '../scoring/what-if.js';
import type { SetOption } from '../sheets/read-set-values.js';
import { runJob, type Job, type JobRequest } from './run-job.js';
import { runWhatIf, type WhatIfCell } from './run-what-if.js';

export interface ExplainRequest extends JobRequest {
  /** The unit's code or name, as typed. */
  unit: string;
  /** What-if: cells to change (`CODE=VALUE`), read as the scores sheet would read them. */
  set?: readonly SetOption[];
}

export interface ExplainRun {
  job?: Job;
  unit?: RankedUnit;
  explained?: Explained;
  whatIf?: { result: WhatIf; cells: WhatIfCell[] };
  diagnostics: Diagnostic[];
}

export async function runExplain(request: ExplainRequest): Promise<ExplainRun> {
  const { job, diagnostics } = await runJob(request);
  if (!job) return { diagnostics };
  const unit = findJobUnit(job, request.unit, diagnostics);
  if (!unit) return { job, diagnostics };
  if (request.set && request.set.length > 0) {
    const whatIf = hasErrors(diagnostics) ? undefined : runWhatIf(job, unit, request.set, request.reader.decimal, diagnostics);
    return whatIf ? { job, unit, whatIf, diagnostics } : { job, unit, diagnostics };
  }
  if (hasErrors(diagnostics)) return { job, unit, diagnostics };
  return { job, unit, explained: explainUnit(job.criteria, job.units, unit), diagnostics };
}
