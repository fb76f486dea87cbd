// The blank sheets `cchc template` writes, as data (columns and their titles) for every renderer:
// the CSV (cli/commands/template.ts) and the workbook (xlsx/template-workbook.ts) say the same. The scores sheet: unit, name, group, every appraisal leaf, then
// bonus and penalty when the set allows them, and note. The survey sheet: unit, respondent, group
// when the set weights groups, and every question column of the set.
import type { CriteriaSet } from '../criteria/model.js';
import type { Lang } from './messages/index.js';
import { leafTitleCell, numberText } from './rule-words.js';

export interface TemplateSheet {
  /** The header row: the column names cchc reads. */
  header: string[];
  /** The titles row (`--titles`): what each column takes, its maximum; the first words of a leaf's are its title. */
  titles: string[];
}

const TITLES = {
  vi: {
    unit: 'Mã hoặc tên đơn vị (bắt buộc, mỗi đơn vị một dòng)',
    surveyUnit: 'Mã hoặc tên đơn vị được khảo sát (bắt buộc; mỗi phiếu một dòng)',
    name: 'Tên đơn vị',
    group: 'Nhóm đơn vị (để trống nếu không chia nhóm)',
    bonus: (max: string) => `Điểm thưởng (0 đến ${max})`,
    penalty: (max: string) => `Điểm trừ (0 đến ${max})`,
    note: 'Ghi chú (không tính điểm)',
    respondent: 'Mã phiếu (mỗi phiếu một dòng)',
    groups: (names: string) => `Nhóm người trả lời: ${names}`,
    question: (code: string, title: string, answers: string, ignored: string) => `${code} ${title} — ghi ${answers}${ignored ? `; không tính: ${ignored}, ô trống` : '; ô trống không tính'}`,
  },
  en: {
    unit: 'Unit code or name (required, one row per unit)',
    surveyUnit: 'Code or name of the unit surveyed (required; one row per form)',
    name: 'Unit name',
    group: 'Unit group (blank if none)',
    bonus: (max: string) => `Bonus points (0 to ${max})`,
    penalty: (max: string) => `Penalty points (0 to ${max})`,
    note: 'Note (not scored)',
    respondent: 'Form number (one row per form)',
    groups: (names: string) => `Respondent group: ${names}`,
    question: (code: string, title: string, answers: string, ignored: string) => `${code} ${title} — write ${answers}${ignored ? `; not counted: ${ignored}, blank` : '; blank not counted'}`,
  },
} as const;

/** The scores sheet of a set: one row per unit. */
export function scoresTemplateSheet(criteria: CriteriaSet, lang: Lang): TemplateSheet {
  const t = TITLES[lang];
  const leaves = criteria.leaves.filter((l) => l.source === 'appraisal');
  const { bonusMax, penaltyMax } = criteria.adjustments;
  const columns: [string, string][] = [
    ['unit', t.unit],
    ['name', t.name],
    ['group', t.group],
    ...leaves.map((l): [string, string] => [l.code, leafTitleCell(l, lang)]),
    ...(bonusMax ? [['bonus', t.bonus(numberText(bonusMax, lang))] as [string, string]] : []),
    ...(penaltyMax ? [['penalty', t.penalty(numberText(penaltyMax, lang))] as [string, string]] : []),
    ['note', t.note],
  ];
  return { header: columns.map(([h]) => h), titles: columns.map(([, title]) => title) };
}

/** The raw-answers sheet of a set with a survey section: one row per form; undefined without one. */
export function surveyTemplateSheet(criteria: CriteriaSet, lang: Lang): TemplateSheet | undefined {
  const spec = criteria.survey;
  if (!spec || spec.questions.length === 0) return undefined;
  const t = TITLES[lang];
  const answers = [...spec.answers.values()].map((a) => a.label).join(', ');
  const ignored = spec.ignoreLabels.join(', ');
  const columns: [string, string][] = [
    // A row is a form, not a unit: the unit's column says so too.
    ['unit', t.surveyUnit],
    ['respondent', t.respondent],
    ...(spec.groups ? [['group', t.groups([...spec.groups.values()].map((g) => g.label).join(' | '))] as [string, string]] : []),
    ...spec.questions.map((q): [string, string] => [q.header, `${q.header}: ${t.question(q.code, criteria.nodes.get(q.code)?.title ?? '', answers, ignored)}`]),
  ];
  return { header: columns.map(([h]) => h), titles: columns.map(([, title]) => title) };
}
