// The ranking as Markdown to paste into the council's report: the title, the set and the date,
// the table (one per group when the set ranks by group, each under its heading with its own
// summary), the summary line, and a legend of the field columns.
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { indexStats } from '../scoring/summarize-ranking.js';
import { headerText } from './headers.js';
import type { Lang } from './messages/index.js';
import { RANKING_COLUMNS, rankingRows, type NumberFormat } from './ranking-rows.js';
import { numericDate, resultsTitle, type ReportSettings } from './report-settings.js';
import { textsOf } from './report-texts.js';
import { rankingParts, summaryLine } from './summary-text.js';

const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdownTable(header: string[], rows: string[][], numeric: boolean[]): string {
  const line = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  const rule = `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

/** `- **1** Công tác chỉ đạo, điều hành cải cách hành chính (tối đa 10)`, one line per field. */
export function fieldLegendMd(criteria: CriteriaSet, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const items = criteria.fields.map((fl) => `- **${esc(fl.code)}** ${esc(fl.title)} (${t('fieldMax')} ${fl.max.toString().replace('.', f.mark)})`);
  return `${t('fieldLegend')}:\n\n${items.join('\n')}\n`;
}

export function renderMd(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, lang: Lang, settings: ReportSettings): string {
  const t = textsOf(lang);
  const parts = rankingParts(criteria, units);
  // Ranked by group: each table is one group's, so the group column would repeat its heading.
  const cols = RANKING_COLUMNS.filter((c) => (c !== 'name' || units.some((u) => u.name)) && (c !== 'group' || !criteria.ranking.byGroup));
  const header = [...cols.map((c) => headerText(lang, c)), ...criteria.fields.map((fl) => fl.code)];
  const numeric = [...cols.map((c) => !['unit', 'name', 'group', 'band'].includes(c)), ...criteria.fields.map(() => true)];
  const table = (part: readonly RankedUnit[]) => renderMarkdownTable(header, rankingRows(criteria, part, f).map((r) => [...cols.map((c) => r.cells[c]), ...r.fields]), numeric);
  const out = [
    `**${esc(resultsTitle(settings, lang))}**\n`,
    `${t('criteriaSet')}: ${esc(criteria.title)} (${criteria.id}@${criteria.version}) · ${t('dateMade')}: ${numericDate(settings.date)} · cchc ${settings.version}\n`,
  ];
  if (parts.length === 1) out.push(table(units));
  else for (const p of parts) out.push(`### ${t('group')}: ${esc(p.group || t('noGroup'))}\n`, table(p.units), `${summaryLine(indexStats(criteria, p.units), f, lang)}\n`);
  out.push(`${summaryLine(indexStats(criteria, units), f, lang, parts.length > 1 ? t('all') : undefined)}\n`, fieldLegendMd(criteria, f, lang));
  return out.join('\n');
}
