// Joins the scores sheet with the survey (points per unit, or answer tallies) into the
// engine's inputs. Units are matched by code or name after NFC and case folding; a unit in
// one file only is an error naming it and the file.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { UnitInput } from '../scoring/score-unit.js';
import { closestUnit } from '../scoring/find-unit.js';
import { hasSurveyMean } from '../scoring/survey-tally.js';
import { foldKey } from '../text/normalize.js';
import type { ScoresRead } from './read-scores.js';
import type { SurveyTallies } from './read-survey-answers.js';
import type { UnitDraft } from './unit-draft.js';

export type SurveyRead =
  | { kind: 'points'; file: string; read: ScoresRead }
  | { kind: 'answers'; file: string; tallies: SurveyTallies };

// Errors after which a file's units are not all known (rows dropped or unreadable): saying that
// the other file's units are missing from it would only repeat the error, unit by unit.
const LOSES_UNITS = new Set<Diagnostic['code']>(['INPUT_RAGGED_ROW', 'INPUT_UNCLOSED_QUOTE', 'SCORE_UNIT_EMPTY', 'SCORE_NO_UNIT_COLUMN', 'SCORE_NO_UNITS', 'SCORE_SURVEY_GROUP_MISSING', 'SCORE_DECIMAL_AMBIGUOUS']);

/** The files whose list of units is incomplete because of one of `diagnostics`. */
export function filesMissingUnits(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 'error' && LOSES_UNITS.has(d.code) && d.loc.file !== undefined).map((d) => d.loc.file as string));
}

/** `incomplete`: files whose units are not all known (see filesMissingUnits); no unit is said to be missing from them. */
export function mergeInputs(criteria: CriteriaSet, scoresFile: string, scores: ScoresRead, survey?: SurveyRead, incomplete: ReadonlySet<string> = new Set()): { inputs: UnitInput[]; surveyGiven: boolean; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const byCode = new Map<string, UnitDraft>();
  for (const d of scores.units) byCode.set(d.key, d);
  // A survey unit is found by its code, else by a unit's name: the names are folded only if a
  // survey unit is not found by code (10,000 names cost a national run ~15 ms).
  let byKey: Map<string, UnitDraft> | undefined;
  const unitOf = (key: string): UnitDraft | undefined => {
    const d = byCode.get(key);
    if (d) return d;
    if (!byKey) {
      byKey = new Map(byCode);
      for (const u of scores.units) {
        if (!u.name) continue;
        const nameKey = foldKey(u.name);
        if (!byKey.has(nameKey)) byKey.set(nameKey, u);
      }
    }
    return byKey.get(key);
  };
  // Survey points are added to a copy of the unit's values; otherwise the draft's map is used as it is.
  const copyValues = survey?.kind === 'points';
  const inputs = new Map<UnitDraft, UnitInput>(scores.units.map((d) => [d, toInput(criteria, d, out, copyValues)]));
  const matched = new Set<UnitDraft>();
  const surveyOnly: { unit: string; line: number; file: string }[] = [];
  const onlyInSurvey = (unit: string, line: number, file: string) => {
    if (!incomplete.has(scoresFile)) surveyOnly.push({ unit, line, file });
  };
  // A survey leaf as a column of the scores file and from the survey too: which one counts is not ours to pick.
  const surveyCodes = survey?.kind === 'points' ? survey.read.codes : new Set(survey ? criteria.survey?.questions.map((q) => q.code) : []);
  for (const code of surveyCodes) {
    if (scores.codes.has(code)) out.push(diag('SCORE_SURVEY_LEAF_TWICE', 'error', { file: scoresFile, line: scores.headerLine, header: code }, { code, otherFile: survey?.file ?? '' }));
  }

  if (survey?.kind === 'points') {
    for (const s of survey.read.units) {
      const d = unitOf(s.key);
      if (!d) onlyInSurvey(s.unit, s.line, survey.file);
      else {
        matched.add(d);
        for (const [code, v] of s.values) inputs.get(d)?.values.set(code, v);
      }
    }
  } else if (survey?.kind === 'answers') {
    const questionCodes = new Set(criteria.survey?.questions.map((q) => q.code));
    for (const [key, t] of survey.tallies.units) {
      const d = unitOf(key);
      if (!d) onlyInSurvey(t.unit, t.line, survey.file);
      else {
        matched.add(d);
        const input = inputs.get(d);
        if (input) input.tally = t.tally;
        if (input && t.forms) input.forms = t.forms;
        for (const code of questionCodes) {
          if (criteria.survey && !hasSurveyMean(criteria.survey, t.tally, code)) {
            out.push(diag('SCORE_SURVEY_UNIT_NO_ANSWERS', 'info', { file: survey.file, line: t.line }, { unit: t.unit, code }));
          }
        }
      }
    }
  }
  // Each unit in one file only, with the closest of the other file's unmatched units (a typo on one side).
  const scoresOnly = survey && !incomplete.has(survey.file) ? scores.units.filter((d) => !matched.has(d)) : [];
  const named = (units: readonly { unit: string }[]) => units.map((u) => ({ unit: u.unit, name: '' }));
  const closest = (unit: string, others: readonly { unit: string; name: string }[]) => closestUnit(others, unit)?.unit;
  for (const s of surveyOnly) {
    const suggestion = closest(s.unit, scoresOnly);
    out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file: s.file, line: s.line }, { unit: s.unit, otherFile: scoresFile, ...(suggestion ? { suggestion } : {}) }));
  }
  for (const d of scoresOnly) {
    const suggestion = closest(d.unit, named(surveyOnly));
    out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file: scoresFile, line: d.line }, { unit: d.unit, otherFile: survey?.file ?? '', ...(suggestion ? { suggestion } : {}) }));
  }
  const surveyLeafInScores = criteria.leaves.some((l) => l.source === 'survey' && scores.codes.has(l.code));
  return { inputs: [...inputs.values()], surveyGiven: survey !== undefined || surveyLeafInScores, diagnostics: out };
}

/**
 * A set with survey criteria scored without any survey (none asked for, none in the scores): they
 * leave every maximum, which changes every index. Said, never silent.
 */
export function noSurveyWarning(criteria: CriteriaSet, scoresFile: string, out: Diagnostic[]): void {
  const leaves = criteria.leaves.filter((l) => l.source === 'survey');
  if (leaves.length === 0) return;
  // The survey's top nodes (the field `8`), not its every leaf.
  const tops: string[] = [];
  const walk = (n: CriteriaNode): void => (n.source === 'survey' ? void tops.push(n.code) : n.children.forEach(walk));
  criteria.fields.forEach(walk);
  const survey = leaves.reduce((sum, l) => sum.add(l.max), Rational.ZERO);
  out.push(diag('SCORE_SURVEY_NOT_GIVEN', 'warning', { file: scoresFile }, { codes: tops.join(', '), survey: survey.toString(), appraisal: criteria.total.sub(survey).toString() }));
}

function toInput(criteria: CriteriaSet, d: UnitDraft, out: Diagnostic[], copyValues: boolean): UnitInput {
  const loc = { file: d.file, line: d.line };
  const check = (column: 'bonus' | 'penalty', value: Rational, cap: Rational | undefined) => {
    if (value.sign() === 0) return;
    if (!cap) out.push(diag('SCORE_ADJUSTMENT_NOT_ALLOWED', 'warning', { ...loc, header: column }, { unit: d.unit, column, value: value.toString() }));
    else if (value.cmp(cap) > 0) out.push(diag('SCORE_ADJUSTMENT_CAPPED', 'info', { ...loc, header: column }, { unit: d.unit, column, value: value.toString(), cap: cap.toString() }));
  };
  check('bonus', d.bonus, criteria.adjustments.bonusMax);
  check('penalty', d.penalty, criteria.adjustments.penaltyMax);
  return { unit: d.unit, name: d.name, group: d.group, ranked: d.ranked, note: d.note, values: copyValues ? new Map(d.values) : d.values, bonus: d.bonus, penalty: d.penalty };
}
