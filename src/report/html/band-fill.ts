// Band colours for the HTML report, from the top band down; a print-safe palette that stays
// distinct in grey scale (dark to light).
import type { CriteriaSet } from '../../criteria/model.js';

const FILLS = ['#1b7a3d', '#3f9e5a', '#2f6db5', '#d9a21b', '#c8472d', '#8a2b1f'];
const NONE = '#9e9e9e';

export function bandFill(criteria: CriteriaSet, band: string | undefined): string {
  const i = criteria.bands.findIndex((b) => b.label === band);
  return i < 0 ? NONE : (FILLS[Math.min(i, FILLS.length - 1)] ?? NONE);
}

/** Background of a heat-table cell: red below 50%, through yellow, to green at 100%. */
export function heatFill(index: number): string {
  const hue = Math.round(Math.max(0, Math.min(1, (index - 50) / 50)) * 120);
  return `hsl(${hue} 65% 82%)`;
}
