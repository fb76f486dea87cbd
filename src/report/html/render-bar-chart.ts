// The index of every unit as an inline SVG bar chart (no script, no external file), bars
// coloured by band, with a dashed line at each band's minimum. Bar lengths come from
// Rational.toNumber: they are drawings; the digits beside them are the published values.
// A band line is drawn in pieces that stop short of every value label it would cross. With
// --uncertainty each index's interval is a whisker across the bar's end, its label after it.
import type { CriteriaSet } from '../../criteria/model.js';
import type { Uncertainty } from '../../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { indexRange } from '../interval-cells.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { bandFill } from './band-fill.js';
import { escapeHtml } from './escape-html.js';

const WIDTH = 760;
const LABEL = 210;
const PLOT = 480;
const ROW = 18;
const TOP = 36;
/** Widest advance of a digit, point or comma at font-size 10 in the sans fonts the report names (digits are 5.6): a label's box is never narrower than drawn. */
const CHAR = 6.2;
/** Gap between a bar's end and its value label. */
const GAP = 4;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
export const chartX = (index: number): number => LABEL + (Math.max(0, Math.min(100, index)) / 100) * PLOT;
const fixed = (v: number): string => v.toFixed(1);

/** A value label's box: from the bar's end to its last character, over one row. */
export const labelBox = (index: number, text: string, row: number) => ({ x1: chartX(index) + GAP - 1, x2: chartX(index) + GAP + text.length * CHAR + 1, y1: TOP + row * ROW + 2, y2: TOP + (row + 1) * ROW - 2 });

/** The y ranges of a vertical line at `x` from `from` to `to` that miss every box. */
function pieces(x: number, from: number, to: number, boxes: readonly { x1: number; x2: number; y1: number; y2: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let y = from;
  for (const b of boxes.filter((b) => b.x1 <= x && x <= b.x2).sort((p, q) => p.y1 - q.y1)) {
    if (b.y1 > y) out.push([y, b.y1]);
    y = Math.max(y, b.y2);
  }
  if (y < to) out.push([y, to]);
  return out;
}

/** The interval's whisker: a line from its low to its high end, with a cap at each end. */
function whisker(low: number, high: number, y: number): string {
  const [a, b] = [fixed(chartX(low)), fixed(chartX(high))];
  const mid = y + 9;
  return `<path class="interval" d="M${a} ${mid}H${b}M${a} ${mid - 4}V${mid + 4}M${b} ${mid - 4}V${mid + 4}" stroke="#1d1d1f" stroke-width="1.2" fill="none"/>`;
}

export function renderBarChart(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, title: string, uncertainty?: Uncertainty): string {
  const shown = units.filter((u) => u.index);
  const height = TOP + shown.length * ROW + 8;
  const values = shown.map((u) => {
    const index = u.index?.toNumber() ?? 0;
    const interval = uncertainty?.intervals.get(u.unit);
    // The value label goes after the bar, or after the whisker when it reaches further.
    return { u, index, text: formatNumber(u.index, f), interval, at: Math.max(index, interval?.indexHigh?.toNumber() ?? index) };
  });
  const boxes = values.map((v, i) => labelBox(v.at, v.text, i));
  const parts: string[] = [];
  // Band labels alternate between two lines: close cut-offs (80, 90) would overlap on one.
  criteria.bands.forEach((b, i) => {
    const min = b.min.toNumber();
    if (min <= 0 || min > 100) return;
    const x = fixed(chartX(min));
    for (const [y1, y2] of pieces(chartX(min), TOP - 4, height - 6, boxes)) {
      parts.push(`<line class="band" x1="${x}" y1="${fixed(y1)}" x2="${x}" y2="${fixed(y2)}" stroke="#888" stroke-dasharray="3 3" stroke-width="0.8"/>`);
    }
    parts.push(`<text x="${x}" y="${TOP - (i % 2 === 0 ? 20 : 8)}" font-size="9.5" text-anchor="middle">${escapeHtml(b.label)} ≥ ${escapeHtml(b.min.toString().replace('.', f.mark))}</text>`);
  });
  values.forEach(({ u, index, text, interval, at }, i) => {
    const y = TOP + i * ROW;
    const label = `${u.rank === undefined ? '–' : u.rank}. ${clip(u.name || u.unit, 30)}`;
    parts.push(`<text x="${LABEL - 6}" y="${y + 12}" font-size="10.5" text-anchor="end">${escapeHtml(label)}</text>`);
    const range = interval?.indexLow ? ` [${indexRange(interval, f)}]` : '';
    parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${fixed(chartX(index) - LABEL)}" height="12" fill="${bandFill(criteria, u.band)}"><title>${escapeHtml(`${u.unit} ${u.name}: ${text}${range} (${u.band ?? ''})`)}</title></rect>`);
    if (interval?.indexLow && interval.indexHigh) parts.push(whisker(interval.indexLow.toNumber(), interval.indexHigh.toNumber(), y));
    parts.push(`<text class="value" x="${fixed(chartX(at) + GAP)}" y="${y + 12}" font-size="10">${escapeHtml(text)}</text>`);
  });
  parts.push(`<line x1="${LABEL}" y1="${TOP - 4}" x2="${LABEL}" y2="${height - 6}" stroke="#333" stroke-width="1"/>`);
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
