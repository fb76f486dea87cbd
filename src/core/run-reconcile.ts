// What `cchc reconcile` compares: the appraisal job (scores and survey, as `cchc score` reads them)
// and the units' self-assessment, read over the same criteria set with appraisal leaves only (units
// do not score the survey). Problems in every file are collected together.
import { appendAll, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { Rational } from '../numbers/rational.js';
import { reconcileUnits, type ReconciledUnit } from '../scoring/reconcile-units.js';
import { scoreUnit } from '../scoring/score-unit.js';
import { filesName } from '../sheets/merge-files.js';
import { runJob, type Job, type JobRequest } from './run-job.js';

export interface ReconcileRequest extends JobRequest {
  /** The units' self-assessment: one file, or several (each commune's own) read as one. */
  self: readonly InputSource[];
}

export interface ReconcileRun {
  job?: Job;
  units?: ReconciledUnit[];
  diagnostics: Diagnostic[];
}

export async function runReconcile(request: ReconcileRequest): Promise<ReconcileRun> {
  const { job, criteria, reader, diagnostics } = await runJob(request);
  // Only appraisal leaves are compared: whether a survey was given changes nothing here.
  const out = diagnostics.filter((d) => d.code !== 'SCORE_SURVEY_NOT_GIVEN');
  if (!criteria || !reader) return { diagnostics: out };
  const before = reader.diagnostics.length;
  const self = await reader.scores(request.self, 'appraisal', 'self');
  appendAll(out, reader.diagnostics.slice(before));
  if (!self || !job || hasErrors(out)) return { diagnostics: out };
  // Bonus and penalty are not compared: only the leaves, so the self side is scored without them.
  const selfScores = self.units.map((d) => ({
    file: d.file,
    line: d.line,
    score: scoreUnit(criteria, { unit: d.unit, name: d.name, group: d.group, ranked: d.ranked, note: d.note, values: d.values, bonus: Rational.ZERO, penalty: Rational.ZERO }, { surveyGiven: false }),
  }));
  const appraised = job.units.map((u) => ({ score: u, ...job.unitAt.get(u.unit) }));
  const reconciled = reconcileUnits(criteria, selfScores, appraised, { self: filesName(request.self.map((s) => s.name)), appraised: job.scoresFile });
  appendAll(out, reconciled.diagnostics);
  if (hasErrors(out)) return { diagnostics: out };
  return { job, units: reconciled.units, diagnostics: out };
}
