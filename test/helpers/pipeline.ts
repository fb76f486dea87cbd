// The whole score pipeline in-process (no spawn), through the core's own job (runJob), on texts
// held in memory: for property tests over many inputs.
import { readFileSync } from 'node:fs';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { CriteriaRequest } from '../../src/core/load-criteria.js';
import { readerOptions } from '../../src/core/reader-options.js';
import { runJob } from '../../src/core/run-job.js';
import { bytesInput } from '../../src/io/input-source.js';
import { renderCsv } from '../../src/report/render-csv.js';
import type { RankedUnit } from '../../src/scoring/rank-units.js';
import type { ScoreContext, UnitInput } from '../../src/scoring/score-unit.js';

export function loadSet(path: string): CriteriaSet {
  const { criteria } = parseCriteria(readFileSync(path, 'utf8'), path);
  if (!criteria) throw new Error(`bad criteria ${path}`);
  return criteria;
}

export interface ScoredText {
  criteria: CriteriaSet;
  units: RankedUnit[];
  inputs: UnitInput[];
  ctx: ScoreContext;
}

const bytes = (text: string, name: string) => bytesInput(new TextEncoder().encode(text), name);

/** scores (+ raw survey answers) text → the ranked units and their inputs (with each unit's forms when `keepForms`). */
export async function scoreJob(criteria: CriteriaRequest, scores: string, survey?: string, keepForms = false): Promise<{ job?: ScoredText; diagnostics: Diagnostic[] }> {
  const run = await runJob({ criteria, scores: [bytes(scores, 'scores.csv')], ...(survey === undefined ? {} : { survey: [bytes(survey, 'survey.csv')] }), reader: readerOptions({ keepForms }) });
  const { job, diagnostics } = run;
  if (!job) return { diagnostics };
  return { job: { criteria: job.criteria, units: job.units, inputs: job.inputs, ctx: { surveyGiven: job.surveyGiven } }, diagnostics };
}

/** scores (+ raw survey answers) text → the ranking CSV, or the diagnostics when it fails. */
export async function scoreText(criteria: CriteriaRequest, scores: string, survey?: string): Promise<{ csv?: string; diagnostics: Diagnostic[] }> {
  const { job, diagnostics } = await scoreJob(criteria, scores, survey);
  return job ? { csv: renderCsv(job.criteria, job.units, { precision: job.criteria.precision, mark: '.' }), diagnostics } : { diagnostics };
}
