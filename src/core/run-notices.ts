// `notices`: the job, and for each unit asked for (every unit, or those `--unit` names) its sheet
// explained exactly as `explain` explains it, its place in the ranking's order (the notices are
// numbered in it) and the name of its file.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { safeFileStems } from '../io/safe-file-name.js';
import { explainUnit, type Explained } from '../scoring/explain-unit.js';
import { findJobUnit } from './find-job-unit.js';
import { runJob, type Job, type JobRequest } from './run-job.js';

export interface NoticesRequest extends JobRequest {
  /** Units by code or name, as typed; absent or empty: every unit. */
  units?: readonly string[];
}

export interface Notice {
  explained: Explained;
  /** 1-based place in the ranking's order among all the units (unranked last): `{n}` of the notice's number. */
  seq: number;
  /** The file's name without extension, from the unit's code (safe-file-name.ts); the same whatever units are asked for. */
  file: string;
}

export interface NoticesRun {
  job?: Job;
  /** In the ranking's order, each unit once. */
  notices?: Notice[];
  diagnostics: Diagnostic[];
}

export async function runNotices(request: NoticesRequest): Promise<NoticesRun> {
  const { job, diagnostics } = await runJob(request);
  if (!job || hasErrors(diagnostics)) return job ? { job, diagnostics } : { diagnostics };
  const asked = request.units ?? [];
  // Every unknown name is told, not only the first.
  const chosen = new Set(asked.map((q) => findJobUnit(job, q, diagnostics)));
  if (hasErrors(diagnostics)) return { job, diagnostics };
  const files = safeFileStems(job.units.map((u) => u.unit));
  const notices = job.units.flatMap((u, i) =>
    asked.length === 0 || chosen.has(u) ? [{ explained: explainUnit(job.criteria, job.units, u), seq: i + 1, file: files[i] as string }] : [],
  );
  return { job, notices, diagnostics };
}
