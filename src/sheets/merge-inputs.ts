// Joins the scores sheet with the survey (points per unit, or answer tallies) into the
// engine's inputs. Units are matched by code or name after NFC and case folding; a unit in
// one file only is an error naming it and the file.
import type { CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rational } from '../numbers/rational.js';
import type { UnitInput } from '../scoring/score-unit.js';
import { surveyMean } from '../scoring/survey-tally.js';
import { foldKey } from '../text/normalize.js';
import type { ScoresRead } from './read-scores.js';
import type { SurveyTallies } from './read-survey-answers.js';
import type { UnitDraft } from './unit-draft.js';

export type SurveyRead =
  | { kind: 'points'; file: string; read: ScoresRead }
  | { kind: 'answers'; file: string; tallies: SurveyTallies };

export function mergeInputs(criteria: CriteriaSet, scoresFile: string, scores: ScoresRead, survey?: SurveyRead): { inputs: UnitInput[]; surveyGiven: boolean; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const byKey = new Map<string, UnitDraft>();
  for (const d of scores.units) byKey.set(d.key, d);
  for (const d of scores.units) if (d.name && !byKey.has(foldKey(d.name))) byKey.set(foldKey(d.name), d);
  const inputs = new Map<UnitDraft, UnitInput>(scores.units.map((d) => [d, toInput(criteria, d, out)]));
  const matched = new Set<UnitDraft>();
  const onlyInSurvey = (unit: string, line: number, file: string) =>
    out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file, line }, { unit, otherFile: scoresFile }));

  if (survey?.kind === 'points') {
    for (const code of survey.read.codes) {
      if (scores.codes.has(code)) out.push(diag('SCORE_SURVEY_LEAF_TWICE', 'error', { file: survey.file }, { code, otherFile: scoresFile }));
    }
    for (const s of survey.read.units) {
      const d = byKey.get(s.key);
      if (!d) onlyInSurvey(s.unit, s.line, survey.file);
      else {
        matched.add(d);
        for (const [code, v] of s.values) inputs.get(d)?.values.set(code, v);
      }
    }
  } else if (survey?.kind === 'answers') {
    for (const [key, t] of survey.tallies.units) {
      const d = byKey.get(key);
      if (!d) onlyInSurvey(t.unit, t.line, survey.file);
      else {
        matched.add(d);
        const input = inputs.get(d);
        if (input) input.tally = t.tally;
        for (const code of new Set(criteria.survey?.questions.map((q) => q.code))) {
          if (criteria.survey && !surveyMean(criteria.survey, t.tally.get(code))) {
            out.push(diag('SCORE_SURVEY_UNIT_NO_ANSWERS', 'info', { file: survey.file, line: t.line }, { unit: t.unit, code }));
          }
        }
      }
    }
  }
  if (survey) {
    for (const d of scores.units) {
      if (!matched.has(d)) out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file: scoresFile, line: d.line }, { unit: d.unit, otherFile: survey.file }));
    }
  }
  const surveyLeafInScores = criteria.leaves.some((l) => l.source === 'survey' && scores.codes.has(l.code));
  return { inputs: [...inputs.values()], surveyGiven: survey !== undefined || surveyLeafInScores, diagnostics: out };
}

function toInput(criteria: CriteriaSet, d: UnitDraft, out: Diagnostic[]): UnitInput {
  const loc = { file: d.file, line: d.line };
  const check = (column: 'bonus' | 'penalty', value: Rational, cap: Rational | undefined) => {
    if (value.sign() === 0) return;
    if (!cap) out.push(diag('SCORE_ADJUSTMENT_NOT_ALLOWED', 'warning', { ...loc, header: column }, { unit: d.unit, column, value: value.toString() }));
    else if (value.cmp(cap) > 0) out.push(diag('SCORE_ADJUSTMENT_CAPPED', 'info', { ...loc, header: column }, { unit: d.unit, column, value: value.toString(), cap: cap.toString() }));
  };
  check('bonus', d.bonus, criteria.adjustments.bonusMax);
  check('penalty', d.penalty, criteria.adjustments.penaltyMax);
  return { unit: d.unit, name: d.name, group: d.group, ranked: d.ranked, note: d.note, values: new Map(d.values), bonus: d.bonus, penalty: d.penalty };
}
