// Loads what `cchc reconcile` compares: the appraisal job (scores and survey, as `cchc score`
// reads them) and the units' self-assessment, read over the same criteria set with appraisal
// leaves only (units do not score the survey). Problems in every file are collected together.
import { appendAll, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { reconcileUnits, type ReconciledUnit } from '../scoring/reconcile-units.js';
import { scoreUnit } from '../scoring/score-unit.js';
import { loadJob, loadScoresSheet, type InputFingerprint, type Job, type JobOptions } from './load-job.js';

export interface ReconcileJobOptions extends JobOptions {
  self: string;
}

export async function loadReconcile(o: ReconcileJobOptions): Promise<{ job?: Job; units?: ReconciledUnit[]; diagnostics: Diagnostic[] }> {
  const { job, criteria, diagnostics } = await loadJob(o);
  // Only appraisal leaves are compared: whether a survey was given changes nothing here.
  const out = diagnostics.filter((d) => d.code !== 'SCORE_SURVEY_NOT_GIVEN');
  if (!criteria) return { diagnostics: out };
  const prints: InputFingerprint[] = [];
  const self = await loadScoresSheet(criteria, o.self, 'appraisal', o, out, prints, 'self');
  if (!self || !job || hasErrors(out)) return { diagnostics: out };
  // Bonus and penalty are not compared: only the leaves, so the self side is scored without them.
  const selfScores = self.units.map((d) => ({
    line: d.line,
    score: scoreUnit(criteria, { unit: d.unit, name: d.name, group: d.group, ranked: d.ranked, note: d.note, values: d.values, bonus: Rational.ZERO, penalty: Rational.ZERO }, { surveyGiven: false }),
  }));
  const appraised = job.units.map((u) => ({ score: u, line: job.unitLines.get(u.unit) }));
  const selfFile = prints[0]?.file ?? o.self;
  const scoresFile = job.fingerprints.find((p) => p.role === 'scores')?.file ?? o.scores;
  const reconciled = reconcileUnits(criteria, selfScores, appraised, { self: selfFile, appraised: scoresFile });
  appendAll(out, reconciled.diagnostics);
  if (hasErrors(out)) return { diagnostics: out };
  return { job: { ...job, fingerprints: [...job.fingerprints, ...prints] }, units: reconciled.units, diagnostics: out };
}
