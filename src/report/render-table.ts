// The ranking for people: aligned columns, a bar for the index, coloured by band when colour
// is on, under a header line naming the criteria set; one table per group when the set ranks by
// group, each under its heading with its summary; the summary line last.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { indexStats } from '../scoring/summarize-ranking.js';
import type { Lang } from './messages/index.js';
import { palette } from './palette.js';
import { anyNotGiven, type NumberFormat, type RankingColumn } from './ranking-rows.js';
import { textsOf } from './report-texts.js';
import { rankingParts, summaryLine } from './summary-text.js';
import { howToRead } from './uncertainty-texts.js';
import { visibleText } from '../text/visible-text.js';
import { rankingDrawer } from './ranking-drawer.js';
import { rankingGrid } from './ranking-grid.js';
import { fitLines, fitWidth, layoutTexts, type TableLayout } from './table-layout.js';

/** With `uncertainty`: intervals in every table, and how to read them last. `layout` fits it to a terminal (see TableLayout). */
export function renderTable(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, lang: Lang, color: boolean, uncertainty?: Uncertainty, layout?: TableLayout): string {
  const c = palette(color);
  const t = textsOf(lang);
  const parts = rankingParts(criteria, units);
  const groups = units.some((u) => u.group) && parts.length === 1;
  const cols: RankingColumn[] = ['rank', 'unit', ...(units.some((u) => u.name) ? (['name'] as const) : []), ...(groups ? (['group'] as const) : []), 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band'];
  // Fitted or --wide: the bar has its header and the fields their points; to a file, as it always was.
  const full = layout?.wide === true || layout?.width !== undefined;
  const grid = rankingGrid(criteria, cols, f, lang, color, { barHeader: full ? layoutTexts(lang).bar : '', fields: full, uncertainty });
  const draw = rankingDrawer(criteria, grid, parts, lang, color, layout);
  const width = fitWidth(layout);
  // The set's title, the groups' and units' names come from the files: shown, never obeyed, on the terminal.
  const v = (s: string) => visibleText(s, ' ');
  const lines = (s: string, paint: (x: string) => string = (x) => x) => fitLines(v(s), width).map((l) => paint(l));
  const id = `(${criteria.id}@${v(criteria.version)})`;
  const out = fitLines(`${v(criteria.title)} ${id}`, width).length === 1 ? [`${c.bold(v(criteria.title))} ${c.dim(id)}`] : [...lines(criteria.title, c.bold), c.dim(id)];
  if (anyNotGiven(units)) out.push(...lines(t('noSurvey'), c.yellow));
  if (parts.length === 1) out.push(draw.table(units));
  else for (const p of parts) out.push('', ...lines(`${t('group')}: ${v(p.group ?? '') || t('noGroup')}`, c.bold), draw.table(p.units), ...lines(summaryLine(indexStats(criteria, p.units), f, lang)));
  out.push(...draw.notes.map((l) => c.dim(l)));
  if (parts.length > 1) out.push('');
  out.push(...lines(summaryLine(indexStats(criteria, units), f, lang, parts.length > 1 ? t('all') : undefined)));
  if (uncertainty) out.push(...lines(howToRead(uncertainty, lang), c.dim));
  return `${out.join('\n')}\n`;
}
