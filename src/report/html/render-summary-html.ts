// The figures a council reads first: mean, median, highest and lowest index (with the unit), and
// the units per band, overall and per group, in one table.
import type { CriteriaSet } from '../../criteria/model.js';
import type { IndexStats, RankingSummary } from '../../scoring/summarize-ranking.js';
import type { Lang } from '../messages/index.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { textsOf } from '../report-texts.js';
import { bandFill } from './band-fill.js';
import { escapeHtml as e } from './escape-html.js';

export function renderStatsHtml(s: IndexStats, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const n = (r: Parameters<typeof formatNumber>[0]) => e(formatNumber(r, f));
  const row = (label: string, value: string, unit = '') => `<tr><th>${e(label)}</th><td class="n">${value}</td><td>${e(unit)}</td></tr>`;
  return [
    '<table class="stats"><tbody>',
    row(t('count'), String(s.count)),
    row(t('meanIndex'), n(s.mean)),
    row(t('medianIndex'), n(s.median)),
    row(t('highestIndex'), n(s.max?.index), s.max ? s.max.unit.name || s.max.unit.unit : ''),
    row(t('lowestIndex'), n(s.min?.index), s.min ? s.min.unit.name || s.min.unit.unit : ''),
    '</tbody></table>',
  ].join('\n');
}

/** Bands down, groups across (then the total); each band with its swatch and minimum. */
export function renderBandGroupHtml(criteria: CriteriaSet, s: RankingSummary, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const columns: IndexStats[] = [...s.groups, s];
  const head = [t('band'), t('bandMin'), ...s.groups.map((g) => g.group), t('total')];
  const rows = s.bands.map((b, i) => {
    const label = b.band === undefined ? e(t('noBand')) : `<span class="swatch" style="background:${bandFill(criteria, b.band)}"></span>${e(b.band)}`;
    const counts = columns.map((c) => `<td class="n">${c.bands[i]?.count ?? 0}</td>`).join('');
    return `<tr><td class="t">${label}</td><td class="n">${e(formatNumber(b.min, f))}</td>${counts}</tr>`;
  });
  rows.push(`<tr class="sum"><th>${e(t('total'))}</th><th></th>${columns.map((c) => `<th class="n">${c.count}</th>`).join('')}</tr>`);
  const th = head.map((h, i) => `<th${i === 0 ? '' : ' class="n"'}>${e(h)}</th>`).join('');
  return `<table class="bands"><thead><tr>${th}</tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}
