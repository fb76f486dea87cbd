// The ranking as a Markdown table to paste into the council's report.
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { headerText, type Headers } from './headers.js';
import { RANKING_COLUMNS, rankingRows, type NumberFormat } from './ranking-rows.js';

const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdownTable(header: string[], rows: string[][], numeric: boolean[]): string {
  const line = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  const rule = `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

export function renderMd(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, h: Headers): string {
  const cols = RANKING_COLUMNS.filter((c) => c !== 'name' || units.some((u) => u.name));
  const header = [...cols.map((c) => headerText(h, c)), ...criteria.fields.map((fl) => fl.code)];
  const numeric = [...cols.map((c) => !['unit', 'name', 'group', 'band'].includes(c)), ...criteria.fields.map(() => true)];
  const rows = rankingRows(criteria, units, f).map((r) => [...cols.map((c) => r.cells[c]), ...r.fields]);
  const title = `**${criteria.title}** (${criteria.id}@${criteria.version})\n\n`;
  return title + renderMarkdownTable(header, rows, numeric);
}
