// The ranking's table as cells for the terminal: the columns (with --uncertainty the rank as
// "4 (3–6)" and the index interval after the index), a bar for the index, and each field's
// points when the table has room for them; coloured by band when colour is on.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { levelText } from '../scoring/uncertainty-diagnostics.js';
import { headerText } from './headers.js';
import { indexRange, intervalOf, rankWithRange, withIndexRange } from './interval-cells.js';
import type { Lang } from './messages/index.js';
import { palette, type Palette } from './palette.js';
import { NOT_GIVEN, rankingRows, type NumberFormat, type RankingColumn } from './ranking-rows.js';
import { uncertaintyTexts } from './uncertainty-texts.js';

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

/** A ranking table's columns (their ids, headers, alignment) and each unit's cells. */
export interface RankingGrid {
  ids: string[];
  head: string[];
  right: boolean[];
  rows: (units: readonly RankedUnit[]) => { cells: string[][]; paint: (row: number, col: number) => ((s: string) => string) | undefined };
}

/**
 * The ranking's columns: `cols` (with --uncertainty the rank as "4 (3–6)" and the index interval
 * after the index), the bar (headed `barHeader`), and with `fields` each field's points.
 */
export function rankingGrid(criteria: CriteriaSet, cols: RankingColumn[], f: NumberFormat, lang: Lang, color: boolean, extra: { barHeader: string; fields: boolean; uncertainty?: Uncertainty | undefined }): RankingGrid {
  const { uncertainty } = extra;
  const c = palette(color);
  const right = (col: RankingColumn) => !['unit', 'name', 'group', 'band'].includes(col);
  const withRange = <T>(cells: T[], range: T): T[] => withIndexRange(cols, cells, range, uncertainty);
  const fields = extra.fields ? criteria.fields : [];
  // The drawn columns by name (the range one, with --uncertainty, after the index), then the bar.
  const ids = [...withRange<string>(cols, 'range'), 'bar', ...fields.map((fl) => `field:${fl.code}`)];
  return {
    ids,
    head: [...withRange(cols.map((col) => headerText(lang, col)), uncertaintyTexts(lang).rangeHeader(levelText(uncertainty?.level ?? 0))), extra.barHeader, ...fields.map((fl) => fl.code)],
    right: [...withRange(cols.map(right), true), false, ...fields.map(() => true)],
    rows: (units) => {
      const rows = rankingRows(criteria, units, f, NOT_GIVEN);
      const paints = rows.map((r) => bandColor(criteria, c, r.unit.band));
      const cells = rows.map((r) => {
        const interval = intervalOf(uncertainty, r.unit);
        const cell = (col: RankingColumn) => (col === 'rank' ? rankWithRange(r.cells.rank, interval) : r.cells[col]);
        return [...withRange(cols.map(cell), indexRange(interval, f)), bar(r.unit.index?.toNumber()), ...(extra.fields ? r.fields : [])];
      });
      return { cells, paint: (row, col) => (ids[col] === 'band' || ids[col] === 'index' || ids[col] === 'bar' ? paints[row] : undefined) };
    },
  };
}

