// The ranking for people: aligned columns, a bar for the index, coloured by band when colour
// is on, under a header line naming the criteria set; one table per group when the set ranks by
// group, each under its heading with its summary; the summary line last.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { indexStats } from '../scoring/summarize-ranking.js';
import { levelText } from '../scoring/uncertainty-diagnostics.js';
import { headerText } from './headers.js';
import { indexRange, intervalOf, rankWithRange, withIndexRange } from './interval-cells.js';
import type { Lang } from './messages/index.js';
import { palette, type Palette } from './palette.js';
import { rankingRows, type NumberFormat, type RankingColumn } from './ranking-rows.js';
import { textsOf } from './report-texts.js';
import { rankingParts, summaryLine } from './summary-text.js';
import { howToRead, uncertaintyTexts } from './uncertainty-texts.js';
import { renderTextTable } from './render-text-table.js';
import { visibleText } from '../text/visible-text.js';

const BAR_WIDTH = 20;

export function bar(index: number | undefined, width = BAR_WIDTH): string {
  if (index === undefined) return '';
  const eighths = Math.max(0, Math.min(width * 8, Math.round((index / 100) * width * 8)));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? (' ▏▎▍▌▋▊▉'[part] ?? '') : '');
}

/** Band colours from the top band down: green, cyan, blue, yellow, red, then plain. */
export function bandColor(criteria: CriteriaSet, c: Palette, band: string | undefined): (s: string) => string {
  const i = criteria.bands.findIndex((b) => b.label === band);
  const colors = [c.green, c.cyan, c.blue, c.yellow, c.red];
  return i < 0 ? (s) => s : (colors[Math.min(i, colors.length - 1)] ?? ((s: string) => s));
}

/** With `uncertainty`: the rank as "4 (3–6)" and the index interval after the index. */
function rankingTable(criteria: CriteriaSet, units: readonly RankedUnit[], cols: RankingColumn[], f: NumberFormat, lang: Lang, color: boolean, uncertainty?: Uncertainty): string {
  const c = palette(color);
  const right = (col: RankingColumn) => !['unit', 'name', 'group', 'band'].includes(col);
  const withRange = <T>(cells: T[], range: T): T[] => withIndexRange(cols, cells, range, uncertainty);
  const rows = rankingRows(criteria, units, f);
  const paints = rows.map((r) => bandColor(criteria, c, r.unit.band));
  // The drawn columns by name (the range one, with --uncertainty, after the index), then the bar.
  const names = [...withRange<string>(cols, 'range'), 'bar'];
  return renderTextTable(
    [...withRange(cols.map((col) => headerText(lang, col)), uncertaintyTexts(lang).rangeHeader(levelText(uncertainty?.level ?? 0))), ''],
    rows.map((r) => {
      const interval = intervalOf(uncertainty, r.unit);
      const cell = (col: RankingColumn) => (col === 'rank' ? rankWithRange(r.cells.rank, interval) : r.cells[col]);
      return [...withRange(cols.map(cell), indexRange(interval, f)), bar(r.unit.index?.toNumber())];
    }),
    {
      right: [...withRange(cols.map(right), true), false],
      color,
      paint: (row, col) => (names[col] === 'band' || names[col] === 'index' || names[col] === 'bar' ? paints[row] : undefined),
    },
  );
}

/** With `uncertainty`: intervals in every table (rankingTable), and how to read them last. */
export function renderTable(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, lang: Lang, color: boolean, uncertainty?: Uncertainty): string {
  const c = palette(color);
  const t = textsOf(lang);
  const parts = rankingParts(criteria, units);
  const groups = units.some((u) => u.group) && parts.length === 1;
  const cols: RankingColumn[] = ['rank', 'unit', ...(units.some((u) => u.name) ? (['name'] as const) : []), ...(groups ? (['group'] as const) : []), 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band'];
  // The set's title, the groups' and units' names come from the files: shown, never obeyed, on the terminal.
  const v = (s: string) => visibleText(s, ' ');
  const out = [`${c.bold(v(criteria.title))} ${c.dim(`(${criteria.id}@${v(criteria.version)})`)}`];
  if (parts.length === 1) out.push(rankingTable(criteria, units, cols, f, lang, color, uncertainty));
  else for (const p of parts) out.push('', c.bold(`${t('group')}: ${v(p.group ?? '') || t('noGroup')}`), rankingTable(criteria, p.units, cols, f, lang, color, uncertainty), v(summaryLine(indexStats(criteria, p.units), f, lang)));
  if (parts.length > 1) out.push('');
  out.push(v(summaryLine(indexStats(criteria, units), f, lang, parts.length > 1 ? t('all') : undefined)));
  if (uncertainty) out.push(c.dim(howToRead(uncertainty, lang)));
  return `${out.join('\n')}\n`;
}
