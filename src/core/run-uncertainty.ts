// `--uncertainty` on a loaded job: the intervals (on every core for a large job, telling
// `onProgress` the share done), and what to tell about them (see uncertaintyDiagnostics), located
// in the job's files.
import { appendAll, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import type { Uncertainty, UncertaintyOptions } from '../scoring/estimate-uncertainty.js';
import { uncertaintyDiagnostics } from '../scoring/uncertainty-diagnostics.js';
import type { Job } from './run-job.js';
import { estimateUncertaintyOnThreads } from './uncertainty-threads.js';

export async function runUncertainty(job: Job, opts: UncertaintyOptions, out: Diagnostic[], onProgress?: (share: number) => void): Promise<Uncertainty> {
  const uncertainty = await estimateUncertaintyOnThreads(job.criteria, job.units, job.inputs, { surveyGiven: job.surveyGiven }, opts, onProgress ? { onProgress } : {});
  const forms = job.inputs.reduce((n, i) => n + (i.forms?.size ?? 0), 0);
  const scores = job.fingerprints.find((p) => p.role === 'scores')?.file ?? '';
  const survey = job.fingerprints.find((p) => p.role === 'survey')?.file;
  const locate = (unit: string): Location => job.unitAt.get(unit) ?? { file: scores };
  appendAll(out, uncertaintyDiagnostics(uncertainty, forms, { file: survey ?? scores }, locate));
  return uncertainty;
}
