// The whole score pipeline in-process (no spawn), for property tests over many inputs.
import { readFileSync } from 'node:fs';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readSheet, streamSheet } from '../../src/io/read-sheet.js';
import { knownHeader } from '../../src/cli/load-job.js';
import { mergeInputs } from '../../src/sheets/merge-inputs.js';
import { readScores } from '../../src/sheets/read-scores.js';
import { createSurveyAnswerReader, type SurveyAnswerReader } from '../../src/sheets/read-survey-answers.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { scoreAll } from '../../src/scoring/score-all.js';

export function loadSet(path: string): CriteriaSet {
  const { criteria } = parseCriteria(readFileSync(path, 'utf8'), path);
  if (!criteria) throw new Error(`bad criteria ${path}`);
  return criteria;
}

/** scores (+ raw survey answers) text → the ranking CSV, or the diagnostics when it fails. */
export function scoreText(criteria: CriteriaSet, scores: string, survey?: string): { csv?: string; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const enc = new TextEncoder();
  const { sheet, diagnostics } = readSheet(enc.encode(scores), { file: 'scores.csv', isKnownHeader: knownHeader(criteria) });
  out.push(...diagnostics);
  if (!sheet) return { diagnostics: out };
  const read = readScores(sheet, criteria, { missing: 'error', scope: 'all' });
  out.push(...read.diagnostics);
  let reader: SurveyAnswerReader | undefined;
  if (survey !== undefined) {
    const s = streamSheet(enc.encode(survey), { file: 'survey.csv', isKnownHeader: knownHeader(criteria), onHead: (h) => (reader = createSurveyAnswerReader(criteria, 'survey.csv', h.header, h.headerLine)) }, (row) => reader?.onRow(row));
    out.push(...s.diagnostics);
  }
  const answers = reader?.finish();
  if (answers) out.push(...answers.diagnostics);
  const merged = mergeInputs(criteria, 'scores.csv', read, answers ? { kind: 'answers', file: 'survey.csv', tallies: answers.tallies } : undefined);
  out.push(...merged.diagnostics);
  if (hasErrors(out)) return { diagnostics: out };
  const scored = scoreAll(criteria, merged.inputs, { surveyGiven: merged.surveyGiven });
  return { csv: renderCsv(criteria, scored.units, { precision: criteria.precision, mark: '.' }), diagnostics: [...out, ...scored.diagnostics] };
}
