// How the numbers were made, in the report itself: the formula in one line, why a unit's
// maximum is below the set's (each unit's not-applicable criteria, by code), how values are
// rounded and ranked, and the legend of the field codes used by the tables.
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import type { Lang } from '../messages/index.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { textsOf } from '../report-texts.js';
import { escapeHtml as e } from './escape-html.js';

/** Leaves with a maximum that count nothing for this unit: excluded as not applicable, or survey leaves without a survey. */
const excludedLeaves = (criteria: CriteriaSet, u: RankedUnit): string[] =>
  criteria.leaves.filter((l) => (u.nodes.get(l.code)?.max.sign() ?? 0) === 0).map((l) => l.code);

const VI = {
  formula: 'Chỉ số CCHC (%) = Tổng điểm ÷ Điểm tối đa áp dụng × 100, với Tổng điểm = Điểm thẩm định + Điểm điều tra XHH + Điểm thưởng − Điểm trừ.',
  below: (total: string) => `Điểm tối đa của bộ tiêu chí là ${total}. Điểm tối đa của một đơn vị thấp hơn khi có tiêu chí không áp dụng với đơn vị đó: tiêu chí ấy được loại khỏi cả tử số và mẫu số, nên đơn vị không bị mất điểm vì nhiệm vụ mình không có.`,
  noSurvey: 'Không có số liệu điều tra xã hội học: các tiêu chí điều tra được loại khỏi điểm tối đa của mọi đơn vị.',
  rounding: (p: number, exact: boolean) => `Mọi số được làm tròn một lần (nửa lên) từ giá trị chính xác đến ${p} chữ số thập phân; xếp hạng theo chỉ số ${exact ? 'chính xác (chưa làm tròn)' : 'đã làm tròn'}`,
  ties: (keys: string[]) => (keys.length ? `; chỉ số bằng nhau thì xét lần lượt ${keys.join(', ')} (cao hơn xếp trên), vẫn bằng nhau thì cùng hạng.` : '; chỉ số bằng nhau thì cùng hạng.'),
  byGroup: ' Mỗi nhóm đơn vị được xếp hạng riêng.',
  summary: 'Chỉ số bình quân, trung vị và số đơn vị theo từng mức xếp loại được tính từ chỉ số đã làm tròn như trong bảng, nên cộng lại từ bảng cho cùng kết quả.',
  appraisal: 'điểm thẩm định',
  node: (code: string) => `điểm của ${code}`,
  units: 'Đơn vị có điểm tối đa thấp hơn (tiêu chí không áp dụng):',
  none: 'Mọi đơn vị được chấm trên toàn bộ điểm tối đa.',
};

// English typed from the Vietnamese: a sentence missing in one does not compile.
const EN: typeof VI = {
  formula: 'Index (%) = total ÷ applicable maximum × 100, where total = appraisal + survey + bonus − penalty.',
  below: (total: string) => `The set's maximum is ${total}. A unit's maximum is lower when a criterion does not apply to it: that criterion leaves both the points and the maximum, so a unit loses nothing for a task it does not have.`,
  noSurvey: 'No survey data: the survey criteria leave every unit\'s maximum.',
  rounding: (p: number, exact: boolean) => `Every number is rounded once (half away from zero) from its exact value to ${p} decimals; units are ranked on the ${exact ? 'exact' : 'rounded'} index`,
  ties: (keys: string[]) => (keys.length ? `; equal indices are separated by ${keys.join(', then ')} (higher first), units still equal sharing a rank.` : '; equal indices share a rank.'),
  byGroup: ' Each group of units is ranked on its own.',
  summary: 'The mean, the median and the units per band are computed from the rounded indices the table shows, so re-adding the table gives the same figures.',
  appraisal: 'the appraisal points',
  node: (code: string) => `the points of ${code}`,
  units: 'Units with a lower maximum (criteria not applicable):',
  none: 'Every unit is scored over the whole maximum.',
};

const TEXT: Record<Lang, typeof VI> = { vi: VI, en: EN };

export function renderMethodHtml(criteria: CriteriaSet, units: readonly RankedUnit[], surveyGiven: boolean, f: NumberFormat, lang: Lang): string {
  const x = TEXT[lang];
  const survey = new Set(criteria.leaves.filter((l) => l.source === 'survey').map((l) => l.code));
  // Without a survey every unit lacks the survey leaves: only what else it lacks is its own.
  const own = (u: RankedUnit) => excludedLeaves(criteria, u).filter((c) => surveyGiven || !survey.has(c));
  const lower = units.filter((u) => own(u).length > 0);
  const items = lower.map((u) => `<li>${e(u.name || u.unit)}: ${e(formatNumber(u.max, f))} (${own(u).map(e).join(', ')})</li>`);
  return [
    `<p class="formula"><b>${e(x.formula)}</b></p>`,
    `<p>${e(x.below(criteria.total.toString().replace('.', f.mark)))}${surveyGiven ? '' : ` ${e(x.noSurvey)}`} ${e(x.rounding(criteria.precision, criteria.ranking.on === 'exact'))}${e(x.ties(criteria.ranking.tieBreak.map((k) => (k === 'appraisal' ? x.appraisal : x.node(k)))))}${criteria.ranking.byGroup ? e(x.byGroup) : ''} ${e(x.summary)}</p>`,
    lower.length > 0 ? `<p>${e(x.units)}</p>\n<ul class="lower">${items.join('')}</ul>` : `<p>${e(x.none)}</p>`,
  ].join('\n');
}

/** The field codes the heat table and the CSV use, with their titles and maxima. */
export function renderFieldLegendHtml(criteria: CriteriaSet, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const rows = criteria.fields.map((fl) => `<tr><td class="t">${e(fl.code)}</td><td>${e(fl.title)}</td><td class="n">${e(fl.max.toString().replace('.', f.mark))}</td></tr>`);
  return `<table class="legend-fields"><thead><tr><th>${e(t('code'))}</th><th>${e(t('field'))}</th><th class="n">${e(t('max'))}</th></tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}
