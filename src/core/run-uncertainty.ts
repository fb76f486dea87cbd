// `--uncertainty` on a loaded job: the intervals, and what to tell about them (see
// uncertaintyDiagnostics), located in the job's files.
import { appendAll, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { estimateUncertainty, type Uncertainty, type UncertaintyOptions } from '../scoring/estimate-uncertainty.js';
import { uncertaintyDiagnostics } from '../scoring/uncertainty-diagnostics.js';
import type { Job } from './run-job.js';

export function runUncertainty(job: Job, opts: UncertaintyOptions, out: Diagnostic[]): Uncertainty {
  const uncertainty = estimateUncertainty(job.criteria, job.units, job.inputs, { surveyGiven: job.surveyGiven }, opts);
  const forms = job.inputs.reduce((n, i) => n + (i.forms?.size ?? 0), 0);
  const scores = job.fingerprints.find((p) => p.role === 'scores')?.file ?? '';
  const survey = job.fingerprints.find((p) => p.role === 'survey')?.file;
  const locate = (unit: string): Location => {
    const line = job.unitLines.get(unit);
    return line === undefined ? { file: scores } : { file: scores, line };
  };
  appendAll(out, uncertaintyDiagnostics(uncertainty, forms, { file: survey ?? scores }, locate));
  return uncertainty;
}
