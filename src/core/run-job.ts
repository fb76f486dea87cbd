// The job every report is built on: load the criteria set, read each input once (the scores, the
// optional survey, the optional findings), merge them into the engine's inputs, score and rank,
// and check the council's own totals. Every problem in every file is collected before anything
// is computed; nothing is printed here.
import type { CriteriaSet } from '../criteria/model.js';
import { appendAll, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { sha256 } from '../io/sha256.js';
import { filesMissingUnits, mergeInputs, noSurveyWarning } from '../sheets/merge-inputs.js';
import { filesName } from '../sheets/merge-files.js';
import type { DecimalMark } from '../text/parse-number.js';
import { groupFindings, type Findings } from '../sheets/finding.js';
import { scoreAll } from '../scoring/score-all.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { UnitInput } from '../scoring/score-unit.js';
import { checkComputed } from '../sheets/check-computed.js';
import { hashedWhenAsked, type InputFingerprint } from './fingerprint.js';
import { countInfo, JobReader } from './job-reader.js';
import { loadCriteria, type CriteriaRequest } from './load-criteria.js';
import type { ReaderOptions } from './reader-options.js';
import { startSurveyWorker } from './survey-thread.js';

export type { InputFingerprint } from './fingerprint.js';

export interface JobRequest {
  criteria?: CriteriaRequest;
  /** The scores: one file, or several read as one (one per team or per commune). */
  scores: readonly InputSource[];
  survey?: readonly InputSource[];
  /** The appraisal's remarks per unit and criterion (findings sheets). */
  findings?: readonly InputSource[];
  reader: ReaderOptions;
}

export interface Job {
  criteria: CriteriaSet;
  inputs: UnitInput[];
  units: RankedUnit[];
  surveyGiven: boolean;
  fingerprints: InputFingerprint[];
  /** The scores sheets, as messages name them together (`a.csv, b.xlsx`). */
  scoresFile: string;
  /** Where each unit (by its `unit` text) is in the scores, for messages about units. */
  unitAt: Map<string, { file: string; line: number }>;
  /** The decimal mark the scores file was read with. */
  scoresMark: DecimalMark;
  /** The appraisal's remarks: the scores sheet's remark columns, then the findings sheet's rows. */
  findings: Findings;
}

export interface JobRun {
  job?: Job;
  /** The set, also when only the sheets failed (a report may check its own file against it). */
  criteria?: CriteriaSet;
  /** The reader that read the job's inputs: another sheet read over the same set joins its diagnostics. */
  reader?: JobReader;
  diagnostics: Diagnostic[];
}

export async function runJob(request: JobRequest): Promise<JobRun> {
  const loaded = loadCriteria(request.criteria, request.reader.limit);
  const criteria = loaded.criteria;
  if (!criteria || !loaded.bytes) return { diagnostics: loaded.diagnostics };
  const reader = new JobReader(criteria, request.reader);
  const out = reader.diagnostics;
  appendAll(out, loaded.diagnostics);
  // A bundled set is named as the reports cite it (ha-tinh-xa@2021), not by its path inside the package.
  const criteriaBytes = loaded.bytes;
  reader.fingerprints.push(hashedWhenAsked('criteria', loaded.bundled ? `${criteria.id}@${criteria.version}` : loaded.display, () => sha256(criteriaBytes)));
  const failed = (): JobRun => ({ criteria, reader, diagnostics: out });
  // A large survey is read in a worker thread meanwhile (see survey-thread.ts).
  const [oneSurvey, ...moreSurveys] = request.survey ?? [];
  const pending = oneSurvey && moreSurveys.length === 0 ? startSurveyWorker(criteria, request.criteria, oneSurvey, request.reader) : undefined;
  const scores = await reader.scores(request.scores, 'all', 'scores');
  const survey = request.survey ? await reader.survey(request.survey, await pending, scores?.units) : undefined;
  if (!scores) return failed();
  const scoresFile = filesName(request.scores.map((s) => s.name));
  const given = request.findings ? await reader.findings(request.findings, scores.units, scoresFile) : [];
  appendAll(out, [...countInfo(scoresFile, scores.findings), ...(request.findings ? countInfo(filesName(request.findings.map((f) => f.name)), given) : [])]);
  // Merged even when a sheet has errors, so that units missing from a file are reported too.
  const merged = mergeInputs(criteria, scoresFile, scores, survey, filesMissingUnits(out));
  appendAll(out, merged.diagnostics);
  // A survey asked for but unreadable has its own error: only a survey never given is said to be missing.
  if (!request.survey && !merged.surveyGiven) noSurveyWarning(criteria, scoresFile, out);
  if (hasErrors(out)) return failed();
  const scored = scoreAll(criteria, merged.inputs, { surveyGiven: merged.surveyGiven });
  appendAll(out, scored.diagnostics);
  if (hasErrors(out)) return failed();
  // The council's own totals, index, band, rank and subtotals in the scores, against cchc's.
  appendAll(out, checkComputed(criteria, scored.units, new Map(scores.units.flatMap((d) => (d.computed ? [[d.unit, d.computed] as const] : []))), scores.mark));
  const unitAt = new Map(scores.units.map((d) => [d.unit, { file: d.file, line: d.line }]));
  const findings = groupFindings([...scores.findings, ...given], request.findings !== undefined);
  const job: Job = { criteria, inputs: merged.inputs, units: scored.units, surveyGiven: merged.surveyGiven, fingerprints: reader.fingerprints, scoresFile, unitAt, scoresMark: scores.mark, findings };
  return { job, criteria, reader, diagnostics: out };
}
