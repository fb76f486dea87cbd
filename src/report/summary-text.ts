// The ranking's summary as one line of text (terminal table, Markdown, the Word annex), and the
// ranking split by group when the set ranks by group. Numbers are rounded once from their exact values.
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { BandCount, IndexStats } from '../scoring/summarize-ranking.js';
import type { Lang } from './messages/index.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';
import { textsOf } from './report-texts.js';

const unitLabel = (u: RankedUnit): string => u.name || u.unit;

/** `Xuất sắc 3, Tốt 8, …` (the units below every band as `không xếp loại`). */
export function bandCountsText(bands: readonly BandCount[], lang: Lang): string {
  const t = textsOf(lang);
  return bands.map((b) => `${b.band ?? t('noBand')} ${b.count}`).join(', ');
}

/** `Tổng hợp 25 đơn vị: chỉ số bình quân 80.12; trung vị …; cao nhất 93.64 (Thị trấn Phố Châu); thấp nhất …; Xuất sắc 3, …` */
export function summaryLine(s: IndexStats, f: NumberFormat, lang: Lang, label?: string): string {
  const t = textsOf(lang);
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const head = `${label ?? t('summary')} ${s.count} ${t('summaryUnits')}`;
  if (!s.min || !s.max) return `${head}.`;
  const index = lang === 'en' ? 'index' : 'chỉ số';
  const parts = [
    `${index} ${t('mean')} ${n(s.mean)}`,
    `${t('median')} ${n(s.median)}`,
    `${t('highest')} ${n(s.max.index)} (${unitLabel(s.max.unit)})`,
    `${t('lowest')} ${n(s.min.index)} (${unitLabel(s.min.unit)})`,
  ];
  const bands = s.bands.length > 0 ? `; ${bandCountsText(s.bands, lang)}` : '';
  return `${head}: ${parts.join('; ')}${bands}.`;
}

/** The ranking's parts, one per group when the set ranks by group (each under its heading), else one. */
export function rankingParts(criteria: CriteriaSet, units: readonly RankedUnit[]): { group?: string; units: RankedUnit[] }[] {
  if (!criteria.ranking.byGroup) return [{ units: [...units] }];
  // One pass, groups in order of first appearance: a province ranked by a group per commune stays linear.
  const byGroup = new Map<string, RankedUnit[]>();
  for (const u of units) {
    const list = byGroup.get(u.group);
    if (list) list.push(u);
    else byGroup.set(u.group, [u]);
  }
  return [...byGroup].map(([group, members]) => ({ group, units: members }));
}
