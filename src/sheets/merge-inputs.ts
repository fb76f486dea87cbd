// Joins the scores sheet with the survey (points per unit, or answer tallies) into the
// engine's inputs. Units are matched by code or name, as every sheet names them (unit-identity.ts);
// a unit in one file only is an error naming it and the file, with the closest unit of the other.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { UnitInput } from '../scoring/score-unit.js';
import { closestUnit } from '../scoring/find-unit.js';
import { unitKey, unitLabel, UnitDirectory } from '../scoring/unit-identity.js';
import { canonicalGroups } from './canonical-groups.js';
import { mergeSurveyAnswers, type Unmatched } from './merge-survey-answers.js';
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
  const directory = new UnitDirectory(scores.units);
  // Survey points are added to a copy of the unit's values; otherwise the draft's map is used as it is.
  const copyValues = survey?.kind === 'points';
  const groups = canonicalGroups(scores.units, out);
  const inputs = new Map<UnitDraft, UnitInput>(scores.units.map((d) => [d, toInput(criteria, d, groups.get(d) ?? d.group, out, copyValues)]));
  let matched = new Set<UnitDraft>();
  let surveyOnly: Unmatched[] = [];
  // A survey leaf as a column of the scores file and from the survey too: which one counts is not ours to pick.
  const surveyCodes = survey?.kind === 'points' ? survey.read.codes : new Set(survey ? criteria.survey?.questions.map((q) => q.code) : []);
  for (const code of surveyCodes) {
    if (scores.codes.has(code)) out.push(diag('SCORE_SURVEY_LEAF_TWICE', 'error', { file: scoresFile, line: scores.headerLine, header: code }, { code, otherFile: survey?.file ?? '' }));
  }

  if (survey?.kind === 'points') {
    // One row per unit: a unit found twice (once by code, once by name) is given twice.
    const firstRow = new Map<UnitDraft, UnitDraft>();
    for (const s of survey.read.units) {
      const r = directory.resolve(s.unit);
      if (r.kind === 'ambiguous') out.push(diag('SCORE_UNIT_AMBIGUOUS', 'error', { file: s.file, line: s.line }, { unit: s.unit, units: r.units.map(unitLabel).join(', '), otherFile: scoresFile, count: 1, lines: String(s.line) }));
      else if (r.kind === 'none') surveyOnly.push({ unit: s.unit, line: s.line, file: s.file, ...(r.closest.length > 0 ? { closest: r.closest.map(unitLabel).join(', ') } : {}) });
      else {
        const d = r.unit;
        const before = firstRow.get(d);
        if (before) {
          const how = unitKey(before.unit) === unitKey(s.unit) ? 'code' : 'name-code';
          out.push(diag('SCORE_DUPLICATE_UNIT', 'error', { file: s.file, line: s.line }, { unit: s.unit, firstLine: before.line, first: unitLabel(d), how }));
          continue;
        }
        firstRow.set(d, s);
        matched.add(d);
        for (const [code, v] of s.values) inputs.get(d)?.values.set(code, v);
      }
    }
  } else if (survey?.kind === 'answers') {
    ({ matched, unmatched: surveyOnly } = mergeSurveyAnswers(criteria, survey.file, survey.tallies, { file: scoresFile, directory, incomplete: incomplete.has(scoresFile) }, inputs, out));
  }
  // Each unit in one file only: a survey spelling with the closest of all the scores' units (found
  // by the directory); a scores unit with the closest survey spelling that matched nothing (a typo on one side).
  if (incomplete.has(scoresFile)) surveyOnly = [];
  const scoresOnly = survey && !incomplete.has(survey.file) ? scores.units.filter((d) => !matched.has(d)) : [];
  for (const s of surveyOnly) {
    const { unit, line, file, closest, ...many } = s;
    out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file, line }, { unit, otherFile: scoresFile, ...(closest ? { suggestion: closest } : {}), ...many }));
  }
  const named = surveyOnly.map((u) => ({ unit: u.unit, name: '' }));
  for (const d of scoresOnly) {
    const suggestion = closestUnit(named, d.unit)?.unit;
    out.push(diag('SCORE_UNIT_ONLY_IN', 'error', { file: d.file, line: d.line }, { unit: d.unit, otherFile: survey?.file ?? '', ...(suggestion ? { suggestion } : {}) }));
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

function toInput(criteria: CriteriaSet, d: UnitDraft, group: string, out: Diagnostic[], copyValues: boolean): UnitInput {
  const loc = { file: d.file, line: d.line };
  const check = (column: 'bonus' | 'penalty', value: Rational, cap: Rational | undefined) => {
    if (value.sign() === 0) return;
    if (!cap) out.push(diag('SCORE_ADJUSTMENT_NOT_ALLOWED', 'warning', { ...loc, header: column }, { unit: d.unit, column, value: value.toString() }));
    else if (value.cmp(cap) > 0) out.push(diag('SCORE_ADJUSTMENT_CAPPED', 'info', { ...loc, header: column }, { unit: d.unit, column, value: value.toString(), cap: cap.toString() }));
  };
  check('bonus', d.bonus, criteria.adjustments.bonusMax);
  check('penalty', d.penalty, criteria.adjustments.penaltyMax);
  return { unit: d.unit, name: d.name, group, ranked: d.ranked, note: d.note, values: copyValues ? new Map(d.values) : d.values, bonus: d.bonus, penalty: d.penalty };
}
