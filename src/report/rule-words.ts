// A criterion's rule in words, as a clerk reads it ("≥ 100% → 3,5 điểm; ≥ 95% → 2,5 điểm; …"), and
// what its cell takes ("ghi tỷ lệ %"): for `cchc criteria show` and the titles row of the template.
// Vietnamese numbers are written with a decimal comma, English ones with a point.
import type { CriteriaNode, CriteriaSet, LeafRule } from '../criteria/model.js';
import type { Rational } from '../numbers/rational.js';
import type { Lang } from './messages/index.js';

/** A number as the language writes it: `0,5` in Vietnamese, `0.5` in English. */
export const numberText = (r: Rational | number, lang: Lang): string => {
  const s = typeof r === 'number' ? String(r) : r.toString();
  return lang === 'vi' ? s.replace('.', ',') : s;
};

const W = {
  vi: {
    points: (p: string) => `${p} điểm`,
    enterPoints: (min: string, max: string) => `nhập điểm từ ${min} đến ${max}`,
    yes: 'có', no: 'không',
    below: (min: string) => `dưới ${min}`,
    proportional: (max: string, of: string, pct: boolean) => `điểm = ${max} × ${pct ? 'tỷ lệ (%)' : 'giá trị'} ÷ ${of}, tối đa ${max}`,
    deduction: (max: string, per: string, floor: string) => `${max} − ${per} × số lần vi phạm, không dưới ${floor}`,
    survey: (questions: string) => `từ điều tra xã hội học${questions ? ` (câu ${questions})` : ''}: tối đa × trọng số bình quân của các câu trả lời`,
    na: { exclude: 'bỏ khỏi điểm tối đa', full: 'tính đủ điểm tối đa', zero: 'tính 0 điểm' },
    enter: {
      points: (min: string, max: string) => `ghi điểm (${min}–${max})`,
      yesno: 'ghi có/không',
      rate: 'ghi tỷ lệ % (ví dụ 96,5)',
      measured: 'ghi giá trị đo được',
      scale: (of: string) => `ghi giá trị trên thang ${of}`,
      count: 'ghi số lần vi phạm',
      level: (labels: string) => `ghi một mức: ${labels}`,
      na: '"-" nếu không áp dụng',
    },
    title: (title: string, max: string, enter: string) => `${title} — tối đa ${max} điểm; ${enter}`,
  },
  en: {
    points: (p: string) => `${p} point${p === '1' ? '' : 's'}`,
    enterPoints: (min: string, max: string) => `points from ${min} to ${max}`,
    yes: 'yes', no: 'no',
    below: (min: string) => `below ${min}`,
    proportional: (max: string, of: string, pct: boolean) => `points = ${max} × ${pct ? 'rate (%)' : 'value'} ÷ ${of}, at most ${max}`,
    deduction: (max: string, per: string, floor: string) => `${max} − ${per} × violations, not below ${floor}`,
    survey: (questions: string) => `from the survey${questions ? ` (questions ${questions})` : ''}: max × the mean weight of the answers`,
    na: { exclude: 'left out of the maximum', full: 'full points', zero: '0 points' },
    enter: {
      points: (min: string, max: string) => `points (${min}–${max})`,
      yesno: 'yes/no (có/không)',
      rate: 'a rate in % (e.g. 96.5)',
      measured: 'the measured value',
      scale: (of: string) => `a value out of ${of}`,
      count: 'the number of violations',
      level: (labels: string) => `one level: ${labels}`,
      na: '"-" if not applicable',
    },
    title: (title: string, max: string, enter: string) => `${title} — max ${max} points; ${enter}`,
  },
} as const;

function stepsInWords(leaf: CriteriaNode, rule: Extract<LeafRule, { type: 'steps' }>, lang: Lang): string {
  const w = W[lang];
  const n = (r: Rational) => `${numberText(r, lang)}${leaf.unit ?? ''}`;
  const parts = rule.steps.map((s, i) => (i === rule.steps.length - 1 && s.min.sign() === 0 && rule.steps.length > 1 ? `${w.below(n(rule.steps[i - 1]?.min ?? s.min))} → ${w.points(numberText(s.points, lang))}` : `≥ ${n(s.min)} → ${w.points(numberText(s.points, lang))}`));
  const lowest = rule.steps.at(-1);
  if (lowest && lowest.min.sign() > 0) parts.push(`${w.below(n(lowest.min))} → ${w.points('0')}`);
  return parts.join('; ');
}

/** How the leaf's cell becomes points, in words. */
export function ruleInWords(criteria: CriteriaSet, leaf: CriteriaNode, lang: Lang): string {
  const w = W[lang];
  const t = (r: Rational) => numberText(r, lang);
  if (leaf.source === 'survey') return w.survey((criteria.survey?.questions ?? []).filter((q) => q.code === leaf.code).map((q) => q.header).join(', '));
  const rule = leaf.rule;
  switch (rule.type) {
    case 'points':
      return w.enterPoints(t(rule.min), t(leaf.max));
    case 'yesno':
      return `${w.yes} → ${w.points(t(leaf.max))}; ${w.no} → ${w.points('0')}`;
    case 'steps':
      return stepsInWords(leaf, rule, lang);
    case 'proportional':
      return w.proportional(t(leaf.max), t(rule.of), leaf.unit === '%');
    case 'deduction':
      return w.deduction(t(leaf.max), t(rule.per), t(rule.floor));
    case 'levels':
      return [...rule.levels.values()].map((l) => `${l.label} → ${w.points(t(l.points))}`).join('; ');
  }
}

/** What "not applicable" (`-`, KAD) in the leaf's cell does, in words; '' when it is not allowed. */
export const naInWords = (leaf: CriteriaNode, lang: Lang): string => (leaf.whenNotApplicable ? W[lang].na[leaf.whenNotApplicable] : '');

/** What the leaf's cell takes, shortly: the titles row of the template. */
export function whatToEnter(leaf: CriteriaNode, lang: Lang): string {
  const e = W[lang].enter;
  const t = (r: Rational) => numberText(r, lang);
  const rule = leaf.rule;
  const what =
    rule.type === 'points' ? e.points(t(rule.min), t(leaf.max))
    : rule.type === 'yesno' ? e.yesno
    : rule.type === 'steps' ? (leaf.unit === '%' ? e.rate : e.measured)
    : rule.type === 'proportional' ? (leaf.unit === '%' ? e.rate : e.scale(t(rule.of)))
    : rule.type === 'deduction' ? e.count
    : e.level([...rule.levels.values()].map((l) => l.label).join(' | '));
  return leaf.whenNotApplicable ? `${what}; ${e.na}` : what;
}

/** The titles-row cell of a leaf: its title first (that is how a titles row left in the sheet is recognised), its maximum, what to enter. */
export const leafTitleCell = (leaf: CriteriaNode, lang: Lang): string => W[lang].title(leaf.title, numberText(leaf.max, lang), whatToEnter(leaf, lang));
