// The index of every unit as an inline SVG bar chart (no script, no external file), bars
// coloured by band, with a dashed line at each band's minimum. Bar lengths come from
// Rational.toNumber: they are drawings; the digits beside them are the published values.
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { bandFill } from './band-fill.js';
import { escapeHtml } from './escape-html.js';

const WIDTH = 760;
const LABEL = 210;
const PLOT = 480;
const ROW = 18;
const TOP = 36;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const x = (index: number): number => LABEL + (Math.max(0, Math.min(100, index)) / 100) * PLOT;
const fixed = (v: number): string => v.toFixed(1);

export function renderBarChart(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, title: string): string {
  const shown = units.filter((u) => u.index);
  const height = TOP + shown.length * ROW + 8;
  const parts: string[] = [];
  // Band labels alternate between two lines: close cut-offs (80, 90) would overlap on one.
  criteria.bands.forEach((b, i) => {
    const min = b.min.toNumber();
    if (min <= 0 || min > 100) return;
    parts.push(`<line x1="${fixed(x(min))}" y1="${TOP - 4}" x2="${fixed(x(min))}" y2="${height - 6}" stroke="#888" stroke-dasharray="3 3" stroke-width="0.8"/>`);
    parts.push(`<text x="${fixed(x(min))}" y="${TOP - (i % 2 === 0 ? 20 : 8)}" font-size="9.5" text-anchor="middle">${escapeHtml(b.label)} ≥ ${escapeHtml(b.min.toString().replace('.', f.mark))}</text>`);
  });
  shown.forEach((u, i) => {
    const y = TOP + i * ROW;
    const index = u.index?.toNumber() ?? 0;
    const label = `${u.rank === undefined ? '–' : u.rank}. ${clip(u.name || u.unit, 30)}`;
    parts.push(`<text x="${LABEL - 6}" y="${y + 12}" font-size="10.5" text-anchor="end">${escapeHtml(label)}</text>`);
    parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${fixed(x(index) - LABEL)}" height="12" fill="${bandFill(criteria, u.band)}"><title>${escapeHtml(`${u.unit} ${u.name}: ${formatNumber(u.index, f)} (${u.band ?? ''})`)}</title></rect>`);
    parts.push(`<text x="${fixed(x(index) + 4)}" y="${y + 12}" font-size="10">${escapeHtml(formatNumber(u.index, f))}</text>`);
  });
  parts.push(`<line x1="${LABEL}" y1="${TOP - 4}" x2="${LABEL}" y2="${height - 6}" stroke="#333" stroke-width="1"/>`);
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
