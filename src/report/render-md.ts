// The ranking as Markdown to paste into the council's report: the title, the set and the date,
// the table (one per group when the set ranks by group, each under its heading with its own
// summary), the summary line, and a legend of the field columns.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { indexStats } from '../scoring/summarize-ranking.js';
import { levelText } from '../scoring/uncertainty-diagnostics.js';
import { headerText } from './headers.js';
import { indexRange, intervalOf, rankWithRange, withIndexRange } from './interval-cells.js';
import type { Lang } from './messages/index.js';
import { anyNotGiven, NOT_GIVEN, RANKING_COLUMNS, rankingRows, type NumberFormat, type RankingRow } from './ranking-rows.js';
import { numericDate, resultsTitle, type ReportSettings } from './report-settings.js';
import { textsOf } from './report-texts.js';
import { rankingParts, summaryLine } from './summary-text.js';
import { howToRead, uncertaintyTexts } from './uncertainty-texts.js';
import { visibleText } from '../text/visible-text.js';

// Text from the inputs shows as written: every character Markdown or the HTML inside it would
// act on (emphasis, code, links, tags, entities, table pipes, maths) is backslash-escaped, and
// line breaks and control characters cannot end a table row or reach a terminal.
const MARKDOWN = /[\\`*_~[\]<>|&$]/g;
export const mdText = (s: string): string => visibleText(s, ' ').replace(MARKDOWN, '\\$&');

export function renderMarkdownTable(header: string[], rows: string[][], numeric: boolean[]): string {
  const line = (cells: string[]) => `| ${cells.map(mdText).join(' | ')} |`;
  const rule = `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

/** `- **1** Công tác chỉ đạo, điều hành cải cách hành chính (tối đa 10)`, one line per field. */
export function fieldLegendMd(criteria: CriteriaSet, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const items = criteria.fields.map((fl) => `- **${mdText(fl.code)}** ${mdText(fl.title)} (${t('fieldMax')} ${fl.max.toString().replace('.', f.mark)})`);
  return `${t('fieldLegend')}:\n\n${items.join('\n')}\n`;
}

/** With `uncertainty`: the rank as "4 (3–6)", the index interval after the index, and how to read them at the end. */
export function renderMd(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, lang: Lang, settings: ReportSettings, uncertainty?: Uncertainty): string {
  const t = textsOf(lang);
  const parts = rankingParts(criteria, units);
  // Ranked by group: each table is one group's, so the group column would repeat its heading.
  const cols = RANKING_COLUMNS.filter((c) => (c !== 'name' || units.some((u) => u.name)) && (c !== 'group' || !criteria.ranking.byGroup));
  const withRange = <T>(cells: T[], range: T): T[] => withIndexRange(cols, cells, range, uncertainty);
  const header = [...withRange(cols.map((c) => headerText(lang, c)), uncertaintyTexts(lang).rangeHeader(levelText(uncertainty?.level ?? 0))), ...criteria.fields.map((fl) => fl.code)];
  const numeric = [...withRange(cols.map((c) => !['unit', 'name', 'group', 'band'].includes(c)), true), ...criteria.fields.map(() => true)];
  const row = (r: RankingRow) => {
    const interval = intervalOf(uncertainty, r.unit);
    return [...withRange(cols.map((c) => (c === 'rank' ? rankWithRange(r.cells.rank, interval) : r.cells[c])), indexRange(interval, f)), ...r.fields];
  };
  const table = (part: readonly RankedUnit[]) => renderMarkdownTable(header, rankingRows(criteria, part, f, NOT_GIVEN).map(row), numeric);
  const out = [
    `**${mdText(resultsTitle(settings, lang))}**\n`,
    `${t('criteriaSet')}: ${mdText(criteria.title)} (${mdText(`${criteria.id}@${criteria.version}`)}) · ${t('dateMade')}: ${numericDate(settings.date)} · cchc ${settings.version}\n`,
  ];
  if (anyNotGiven(units)) out.push(`_${t('noSurvey')}_\n`);
  if (parts.length === 1) out.push(table(units));
  else for (const p of parts) out.push(`### ${t('group')}: ${mdText(p.group || t('noGroup'))}\n`, table(p.units), `${mdText(summaryLine(indexStats(criteria, p.units), f, lang))}\n`);
  out.push(`${mdText(summaryLine(indexStats(criteria, units), f, lang, parts.length > 1 ? t('all') : undefined))}\n`, fieldLegendMd(criteria, f, lang));
  if (uncertainty) out.push(`_${howToRead(uncertainty, lang)}_\n`);
  return out.join('\n');
}
