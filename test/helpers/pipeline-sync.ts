// The score pipeline's steps called one by one, synchronously, for the uncertainty tests' inner
// loops. To go: those tests move to the async core job (pipeline.ts) with the uncertainty work.
import { readFileSync } from 'node:fs';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readSheet, streamSheet } from '../../src/io/read-sheet.js';
import { knownHeader } from '../../src/core/known-header.js';
import { mergeInputs } from '../../src/sheets/merge-inputs.js';
import { readScores } from '../../src/sheets/read-scores.js';
import { createSurveyAnswerReader, type SurveyAnswerReader } from '../../src/sheets/read-survey-answers.js';
import { renderCsv } from '../../src/report/render-csv.js';
import type { RankedUnit } from '../../src/scoring/rank-units.js';
import { scoreAll } from '../../src/scoring/score-all.js';
import type { ScoreContext, UnitInput } from '../../src/scoring/score-unit.js';

export function loadSet(path: string): CriteriaSet {
  const { criteria } = parseCriteria(readFileSync(path, 'utf8'), path);
  if (!criteria) throw new Error(`bad criteria ${path}`);
  return criteria;
}

/** scores (+ raw survey answers) text → the ranking CSV, or the diagnostics when it fails. */
export function scoreText(criteria: CriteriaSet, scores: string, survey?: string): { csv?: string; diagnostics: Diagnostic[] } {
  const { job, diagnostics } = scoreJob(criteria, scores, survey);
  return job ? { csv: renderCsv(criteria, job.units, { precision: criteria.precision, mark: '.' }), diagnostics } : { diagnostics };
}

export interface ScoredText {
  units: RankedUnit[];
  inputs: UnitInput[];
  ctx: ScoreContext;
}

/** scores (+ raw survey answers) text → the ranked units and their inputs (with each unit's forms when `keepForms`). */
export function scoreJob(criteria: CriteriaSet, scores: string, survey?: string, keepForms = false): { job?: ScoredText; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const enc = new TextEncoder();
  const { sheet, diagnostics } = readSheet(enc.encode(scores), { file: 'scores.csv', isKnownHeader: knownHeader(criteria) });
  out.push(...diagnostics);
  if (!sheet) return { diagnostics: out };
  const read = readScores(sheet, criteria, { missing: 'error', scope: 'all' });
  out.push(...read.diagnostics);
  let reader: SurveyAnswerReader | undefined;
  if (survey !== undefined) {
    const s = streamSheet(enc.encode(survey), { file: 'survey.csv', isKnownHeader: knownHeader(criteria), onHead: (h) => (reader = createSurveyAnswerReader(criteria, 'survey.csv', h.header, h.headerLine, { keepForms })) }, (row) => reader?.onRow(row));
    out.push(...s.diagnostics);
  }
  const answers = reader?.finish();
  if (answers) out.push(...answers.diagnostics);
  const merged = mergeInputs(criteria, 'scores.csv', read, answers ? { kind: 'answers', file: 'survey.csv', tallies: answers.tallies } : undefined);
  out.push(...merged.diagnostics);
  if (hasErrors(out)) return { diagnostics: out };
  const ctx = { surveyGiven: merged.surveyGiven };
  const scored = scoreAll(criteria, merged.inputs, ctx);
  return { job: { units: scored.units, inputs: merged.inputs, ctx }, diagnostics: [...out, ...scored.diagnostics] };
}
