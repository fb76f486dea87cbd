// The sheet a clerk fills, as a workbook: a row of titles and maxima above the header (the
// reader takes it for a title row, so the filled workbook scores as it is), the header bold and
// frozen, pick lists for yes/no and level leaves, for groups and answers, and number limits from
// each leaf's maximum. Text columns keep what is typed (`001` stays `001`). It prints: A4
// landscape fitted to the width, the titles wrapped and the two header rows on every page.
import type { CriteriaNode, CriteriaSet } from '../../criteria/model.js';
import type { Lang } from '../messages/index.js';
import { scoresTemplateSheet, surveyTemplateSheet } from '../template-sheet.js';
import type { Column, SheetModel, Validation, WorkbookModel } from './workbook-model.js';

/** Rows a pick list or a limit covers: a district's units, a province's forms. */
const SCORE_ROWS = 1000;
const SURVEY_ROWS = 20000;
const FIRST_ROW = 3;

const T = {
  vi: { scores: 'Điểm', survey: 'Khảo sát', unit: 'Mã hoặc tên đơn vị', respondent: 'Số phiếu', bonus: 'Điểm thưởng', penalty: 'Điểm trừ', yes: 'có', no: 'không', na: 'KAD' },
  en: { scores: 'Scores', survey: 'Survey', unit: 'Unit code or name', respondent: 'Form number', bonus: 'Bonus points', penalty: 'Penalty points', yes: 'có', no: 'không', na: 'KAD' },
};

function leafRule(leaf: CriteriaNode, t: (typeof T)['vi']): Validation['rule'] | undefined {
  const na = leaf.whenNotApplicable ? [t.na] : [];
  const rule = leaf.rule;
  if (rule.type === 'yesno') return { kind: 'list', values: [t.yes, t.no, ...na] };
  if (rule.type === 'levels') return { kind: 'list', values: [...[...rule.levels.values()].map((l) => l.label), ...na] };
  // A number column that may say "not applicable" takes text too: no limit a clerk could not get past.
  if (na.length > 0) return undefined;
  if (rule.type === 'points') return { kind: 'decimal', min: rule.min.toString(), max: leaf.max.toString() };
  if (rule.type === 'deduction') return { kind: 'whole', min: '0' };
  if (rule.type === 'proportional') return { kind: 'decimal', min: '0', max: rule.of.toString() };
  return { kind: 'decimal', min: '0' };
}

const span = (column: number, rows: number, rule: Validation['rule']): Validation => ({ column, fromRow: FIRST_ROW, toRow: FIRST_ROW + rows - 1, rule });

export function scoresTemplate(criteria: CriteriaSet, lang: Lang): WorkbookModel {
  const t = T[lang];
  const leaves = criteria.leaves.filter((l) => l.source === 'appraisal');
  const adjustments = [...(criteria.adjustments.bonusMax ? [['bonus', t.bonus, criteria.adjustments.bonusMax.toString()]] : []), ...(criteria.adjustments.penaltyMax ? [['penalty', t.penalty, criteria.adjustments.penaltyMax.toString()]] : [])] as [string, string, string][];
  // The columns and titles of the CSV template (template-sheet.ts): unit, name, group, the leaves, bonus, penalty, note.
  const sheet = scoresTemplateSheet(criteria, lang);
  const texts = new Set(['unit', 'name', 'group', 'note']);
  const byCode = new Map(leaves.map((l) => [l.code, l]));
  const columns: Column[] = sheet.header.map((header) => {
    const leaf = byCode.get(header);
    // Narrow: a leaf holds a short value, its title wraps above; 40 leaves still fit a printed page across.
    return texts.has(header) ? { header, text: true } : { header, width: 10, ...(leaf ? { criterion: { code: leaf.code, path: leaf.path } } : {}) };
  });
  const titles = sheet.titles;
  const validations: Validation[] = [];
  leaves.forEach((leaf, i) => {
    const rule = leafRule(leaf, t);
    if (rule) validations.push(span(3 + i, SCORE_ROWS, rule));
  });
  adjustments.forEach(([, , max], i) => validations.push(span(3 + leaves.length + i, SCORE_ROWS, { kind: 'decimal', min: '0', max })));
  return { title: criteria.title, sheets: [withTitles({ name: t.scores, columns, rows: [], headerRows: 2, validations }, titles)] };
}

export function surveyTemplate(criteria: CriteriaSet, lang: Lang): WorkbookModel {
  const t = T[lang];
  const survey = criteria.survey;
  const questions = survey?.questions ?? [];
  const groups = survey?.groups ? [...survey.groups.values()].map((g) => g.label) : [];
  const answers = survey ? [...[...survey.answers.values()].map((a) => a.label), ...survey.ignoreLabels] : [];
  const fixed = groups.length > 0 ? ['unit', 'respondent', 'group'] : ['unit', 'respondent'];
  const columns: Column[] = [...fixed.map((h) => ({ header: h, text: true })), ...questions.map((q) => ({ header: q.header, width: 8 }))];
  // The titles of the CSV template (template-sheet.ts); a set without questions has only unit and respondent.
  const titles = surveyTemplateSheet(criteria, lang)?.titles ?? [t.unit, t.respondent];
  const validations: Validation[] = [];
  if (groups.length > 0) validations.push(span(2, SURVEY_ROWS, { kind: 'list', values: groups }));
  if (answers.length > 0) questions.forEach((_, i) => validations.push(span(fixed.length + i, SURVEY_ROWS, { kind: 'list', values: answers })));
  return { title: criteria.title, sheets: [withTitles({ name: t.survey, columns, rows: [], headerRows: 2, validations }, titles)] };
}

/** The titles go in row 1 and the header in row 2: a title row above the header is skipped by every reader of cchc. */
function withTitles(sheet: SheetModel, titles: string[]): SheetModel {
  const widths = sheet.columns.map((c, k) => c.width ?? Math.max(c.header.length, Math.min(24, (titles[k] ?? '').length)));
  // Printed landscape (a form has many columns), the titles wrapped in rows as tall as they need.
  return { ...sheet, landscape: true, columns: titles.map((title, k) => ({ ...sheet.columns[k], header: title, width: widths[k] as number })), rows: [sheet.columns.map((c) => c.header)] };
}
