// `score`: the job, and with intervals asked for, how sure each rank is from resampling the survey.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Uncertainty, UncertaintyOptions } from '../scoring/estimate-uncertainty.js';
import { runJob, type Job, type JobRequest } from './run-job.js';
import { runUncertainty } from './run-uncertainty.js';

export interface ScoreRequest extends JobRequest {
  /** --uncertainty: replicates, seed and level (the forms are then kept: `reader.keepForms`). */
  uncertainty?: UncertaintyOptions;
  /** Told now and then the share of the intervals computed, 0 to 1 (for a progress bar). */
  onUncertaintyProgress?: (share: number) => void;
}

export interface ScoreRun {
  job?: Job;
  uncertainty?: Uncertainty;
  diagnostics: Diagnostic[];
}

export async function runScore(request: ScoreRequest): Promise<ScoreRun> {
  const { job, diagnostics } = await runJob({ ...request, reader: { ...request.reader, keepForms: request.reader.keepForms || request.uncertainty !== undefined } });
  if (!job || !request.uncertainty || hasErrors(diagnostics)) return job ? { job, diagnostics } : { diagnostics };
  return { job, uncertainty: await runUncertainty(job, request.uncertainty, diagnostics, request.onUncertaintyProgress), diagnostics };
}
