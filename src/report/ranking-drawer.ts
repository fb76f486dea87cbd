// The ranking's tables drawn for a terminal: as written to a file (every earlier cchc's bytes),
// with every column (--wide), or fitted to the terminal's width, the most important columns
// first (rank, unit, name, total, index, band; then the interval, the points, the bar, the
// fields). Ranked by group, every group's table has the same columns at the same widths.
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { planTableFit, renderFittedTable, type ColumnFit, type TableFit } from './fit-table.js';
import type { Lang } from './messages/index.js';
import { textsOf } from './report-texts.js';
import type { RankingGrid } from './ranking-grid.js';
import { renderTextTable } from './render-text-table.js';
import { fitLines, fitWidth, layoutTexts, leftOutNote, type TableLayout } from './table-layout.js';
import { visibleText } from '../text/visible-text.js';

const ESSENTIAL = ['rank', 'unit', 'name', 'total', 'index', 'band'];
const OPTIONAL = ['range', 'appraisal', 'survey', 'bonus', 'penalty', 'max', 'group', 'bar'];
const SHORTEN = new Set(['unit', 'name', 'group']);

const isField = (id: string): boolean => id.startsWith('field:');

/** The columns of the grid by importance; how many of them always stay. */
function rankingFit(ids: readonly string[]): { fits: ColumnFit[]; priority: number[]; essential: number } {
  const at = (names: readonly string[]) => names.map((n) => ids.indexOf(n)).filter((i) => i >= 0);
  const essential = at(ESSENTIAL);
  const fields = ids.flatMap((id, i) => (isField(id) ? [i] : []));
  return { fits: ids.map((id) => (SHORTEN.has(id) ? 'shorten' : 'fixed')), priority: [...essential, ...at(OPTIONAL), ...fields], essential: essential.length };
}

/** `1 Công tác chỉ đạo… (tối đa 10); 2 …`: what the numbered columns shown are. */
function fieldLegend(criteria: CriteriaSet, shown: ReadonlySet<string>, lang: Lang): string {
  const t = textsOf(lang);
  const items = criteria.fields.filter((fl) => shown.has(`field:${fl.code}`)).map((fl) => `${fl.code} ${visibleText(fl.title, ' ')} (${t('fieldMax')} ${fl.max.toString()})`);
  return `${t('fieldLegend')}: ${items.join('; ')}.`;
}

/** The columns left out, by their headers; the fields as one item, `điểm lĩnh vực 6, 7, 8`. */
function leftOutNames(grid: RankingGrid, fit: TableFit, lang: Lang): string[] {
  const fields = fit.left.filter((i) => isField(grid.ids[i] as string)).map((i) => grid.head[i] as string);
  const others = fit.left.filter((i) => !isField(grid.ids[i] as string)).map((i) => grid.head[i] as string);
  const all = fields.length > 1 && fields.length === grid.ids.filter(isField).length;
  return [...others, ...(fields.length ? [`${layoutTexts(lang).fieldPoints} ${all ? `${fields[0]}–${fields[fields.length - 1]}` : fields.join(', ')}`] : [])];
}

export interface RankingDrawer {
  table: (units: readonly RankedUnit[]) => string;
  /** Lines under the tables: the columns left out, what the field columns are. */
  notes: string[];
}

/** Draws the tables of `parts` (each group's, or the whole ranking's) the same way. */
export function rankingDrawer(criteria: CriteriaSet, grid: RankingGrid, parts: readonly { units: readonly RankedUnit[] }[], lang: Lang, color: boolean, layout: TableLayout | undefined): RankingDrawer {
  const width = fitWidth(layout);
  const shownFields = (ids: readonly string[]) => new Set(ids.filter(isField));
  const legend = (ids: readonly string[]) => (ids.some(isField) ? fitLines(fieldLegend(criteria, shownFields(ids), lang), width) : []);
  if (width === undefined) {
    return {
      table: (units) => {
        const { cells, paint } = grid.rows(units);
        return renderTextTable(grid.head, cells, { right: grid.right, color, paint });
      },
      notes: legend(grid.ids),
    };
  }
  // Measured over every group, so that the groups' tables line up.
  const spec = rankingFit(grid.ids);
  const drawn = new Map(parts.map((p) => [p.units, grid.rows(p.units)]));
  const fit = planTableFit(grid.head, [...drawn.values()].flatMap((d) => d.cells), spec, width);
  const left = fit.left.length ? fitLines(leftOutNote(leftOutNames(grid, fit, lang), lang, layout), width) : [];
  return {
    table: (units) => {
      const { cells, paint } = drawn.get(units) ?? grid.rows(units);
      return renderFittedTable(grid.head, cells, fit, spec.fits, { right: grid.right, color, paint });
    },
    notes: [...left, ...legend(fit.keep.map((i) => grid.ids[i] as string))],
  };
}
