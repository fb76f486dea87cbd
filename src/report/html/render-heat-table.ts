// Component index of every field for every unit, each cell's background by its value, so the
// council sees at a glance which fields pull a unit down.
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { formatNumber, NOT_GIVEN, notGiven, type NumberFormat } from '../ranking-rows.js';
import { heatFill } from './band-fill.js';
import { escapeHtml } from './escape-html.js';
import { componentIndex } from '../../scoring/component-index.js';

export function renderHeatTable(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, head: { rank: string; unit: string; index: string }): string {
  const th = criteria.fields.map((fl) => `<th class="n" title="${escapeHtml(fl.title)}">${escapeHtml(fl.code)}</th>`).join('');
  const rows = units.map((u) => {
    const cells = criteria.fields.map((fl) => {
      const s = u.nodes.get(fl.code);
      const index = s && componentIndex(s.points, s.max);
      if (!index) return `<td class="n">${notGiven(u, fl) ? NOT_GIVEN : ''}</td>`;
      return `<td class="n" style="background:${heatFill(index.toNumber())}">${escapeHtml(formatNumber(index, f))}</td>`;
    });
    const label = u.name ? `${u.name}` : u.unit;
    return `<tr><td class="n">${u.rank ?? ''}</td><td class="t">${escapeHtml(label)}</td>${cells.join('')}<td class="n"><b>${escapeHtml(formatNumber(u.index, f))}</b></td></tr>`;
  });
  const legend = [50, 60, 70, 80, 90, 100].map((v) => `<span class="cell" style="background:${heatFill(v)}">${v}</span>`).join('');
  return [
    `<table class="heat"><thead><tr><th class="n">${escapeHtml(head.rank)}</th><th>${escapeHtml(head.unit)}</th>${th}<th class="n">${escapeHtml(head.index)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    `<p class="legend">${legend}</p>`,
  ].join('\n');
}
