// Raw questionnaires, one row per form, counted as they stream (nothing per row is kept).
// Answers are matched by foldKey against the set's answers and ignore lists; blank is ignored.
import type { CriteriaSet, SurveySpec } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { addAnswer, type UnitTally } from '../scoring/survey-tally.js';
import { foldKey } from '../text/normalize.js';
import { findColumns } from '../criteria/column-names.js';
import { cellAt, type SheetRow } from './sheet.js';

export interface SurveyTallies {
  /** Per unit key (foldKey of the unit cell): the unit as written, first line, and its counts. */
  units: Map<string, { unit: string; line: number; tally: UnitTally }>;
  forms: number;
}

export interface SurveyAnswerReader {
  onRow(row: SheetRow): void;
  finish(): { tallies: SurveyTallies; diagnostics: Diagnostic[] };
}

/** True when a header row carries at least one of the set's question columns. */
export function hasQuestionColumns(header: readonly string[], spec: SurveySpec | undefined): boolean {
  if (!spec) return false;
  const keys = new Set(header.map(foldKey));
  return spec.questions.some((q) => keys.has(foldKey(q.header)));
}

export function createSurveyAnswerReader(criteria: CriteriaSet, file: string, header: string[], headerLine: number): SurveyAnswerReader {
  const spec = criteria.survey as SurveySpec;
  const out: Diagnostic[] = [];
  const cols = findColumns(header);
  const sheet = { file, header };
  const keys = header.map(foldKey);
  const questions = spec.questions.flatMap((q) => {
    const col = keys.indexOf(foldKey(q.header));
    if (col < 0) out.push(diag('SCORE_SURVEY_QUESTION_MISSING', 'error', { file, line: headerLine }, { question: q.header }));
    return col < 0 ? [] : [{ col, code: q.code, header: q.header }];
  });
  if (cols.unit === undefined) out.push(diag('SCORE_NO_UNIT_COLUMN', 'error', { file, line: headerLine }, { columns: header.join(', ') }));
  const groupNames = spec.groups ? [...spec.groups.values()].map((g) => g.label).join(' | ') : '';
  if (spec.groups && cols.group === undefined) out.push(diag('SCORE_SURVEY_GROUP_MISSING', 'error', { file, line: headerLine }, { groups: groupNames }));
  const allowed = [...spec.answers.values()].map((a) => a.label).join(' | ');
  const tallies: SurveyTallies = { units: new Map(), forms: 0 };
  const broken = cols.unit === undefined || (spec.groups !== undefined && cols.group === undefined);

  const onRow = ({ line, cells }: SheetRow): void => {
    if (broken) return;
    const unit = cells[cols.unit as number] ?? '';
    if (unit === '') {
      if (cells.some((c) => c !== '')) out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, cols.unit as number), {}));
      return;
    }
    let groupKey = '';
    if (spec.groups) {
      const text = cells[cols.group as number] ?? '';
      groupKey = foldKey(text);
      if (!spec.groups.has(groupKey)) return void out.push(diag('SCORE_SURVEY_GROUP_UNKNOWN', 'error', cellAt(sheet, line, cols.group as number), { group: text, groups: groupNames }));
    }
    const unitKey = foldKey(unit);
    let entry = tallies.units.get(unitKey);
    if (!entry) tallies.units.set(unitKey, (entry = { unit, line, tally: new Map() }));
    tallies.forms++;
    for (const q of questions) {
      const text = cells[q.col] ?? '';
      if (text === '') continue;
      const key = foldKey(text);
      if (spec.answers.has(key)) addAnswer(entry.tally, q.code, groupKey, key);
      else if (!spec.ignore.has(key)) out.push(diag('SCORE_SURVEY_ANSWER_INVALID', 'error', cellAt(sheet, line, q.col), { text, question: q.header, allowed }));
    }
  };
  return { onRow, finish: () => ({ tallies, diagnostics: out }) };
}
