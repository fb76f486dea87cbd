// The reports for people (reconcile, explain, compare) are a title and a few headed tables;
// one model, rendered as aligned terminal tables or as Markdown.
import { mdText, renderMarkdownTable } from './render-md.js';
import { palette } from './palette.js';
import { numericDate, type ReportSettings } from './report-settings.js';
import { renderTextTable } from './render-text-table.js';
import { visibleText } from '../text/visible-text.js';
import { planTableFit, renderFittedTable, type ColumnFit } from './fit-table.js';
import { fitLines, fitWidth, leftOutNote, type TableLayout } from './table-layout.js';
import type { Lang } from './messages/index.js';

export interface TextSection {
  heading?: string;
  header: string[];
  rows: string[][];
  /** Right-aligned (numeric) columns. */
  numeric: boolean[];
  /** Longest text per column in the terminal table (0 = no limit): long titles would wrap the screen. */
  clip?: number[];
  /** Width per column at which the terminal table wraps its text over lines (0 = as wide as its text). */
  wrap?: number[];
  /** A line after the table. */
  note?: string;
  /**
   * How the table fits a terminal: column indices by importance (default: left to right), how
   * many of them always stay (default: all), and columns that may be shortened with … or wrapped
   * there besides those of `clip` and `wrap`.
   */
  fit?: { priority?: number[]; essential?: number; shorten?: number[]; wrap?: number[] };
}

export interface TextReport {
  title: string;
  subtitle?: string;
  sections: TextSection[];
}

/** The report under --title (when given) and dated: `(ha-tinh-xa@2021) · 26/11/2021`. */
export const withSettings = (r: TextReport, s: ReportSettings): TextReport => ({
  ...r,
  title: s.title ?? r.title,
  subtitle: [r.subtitle, numericDate(s.date)].filter((x) => x).join(' · '),
});

const clipText = (s: string, n: number | undefined): string => (n && s.length > n ? `${s.slice(0, n - 1)}…` : s);

function fitsOf(s: TextSection): ColumnFit[] {
  const on = (list: number[] | undefined, i: number) => list?.includes(i) === true;
  return s.header.map((_, i) => ((s.wrap?.[i] ?? 0) > 0 || on(s.fit?.wrap, i) ? 'wrap' : (s.clip?.[i] ?? 0) > 0 || on(s.fit?.shorten, i) ? 'shorten' : 'fixed'));
}

/** The section's table: fitted to `width` (with the note on the columns left out), every text whole (--wide), or as written to a file. */
function sectionTable(s: TextSection, color: boolean, lang: Lang, layout: TableLayout | undefined): string[] {
  const width = fitWidth(layout);
  const wrap = s.wrap ? { wrap: s.wrap } : {};
  if (width === undefined) {
    const rows = layout?.wide ? s.rows : s.rows.map((row) => row.map((cell, i) => clipText(cell, s.clip?.[i])));
    return [renderTextTable(s.header, rows, { right: s.numeric, color, ...wrap })];
  }
  const fits = fitsOf(s);
  const priority = s.fit?.priority ?? s.header.map((_, i) => i);
  const plan = planTableFit(s.header, s.rows, { fits, priority, essential: s.fit?.essential ?? s.header.length }, width);
  const table = renderFittedTable(s.header, s.rows, plan, fits, { right: s.numeric, color });
  if (plan.left.length === 0) return [table];
  return [table, ...fitLines(leftOutNote(plan.left.map((i) => visibleText(s.header[i] ?? '', ' ')), lang, layout), width).map((l) => palette(color).dim(l))];
}

/** The report for people; `layout` fits it to a terminal (see TableLayout), absent: as wide as its text. */
export function renderSectionsTable(r: TextReport, color: boolean, lang: Lang, layout?: TableLayout): string {
  const c = palette(color);
  const width = fitWidth(layout);
  // Titles hold unit names and file names: shown, never obeyed, on the terminal.
  const v = (s: string) => visibleText(s, ' ');
  const lines = (s: string, paint: (x: string) => string) => fitLines(v(s), width).map((l) => paint(l));
  const heading = `${v(r.title)}${r.subtitle ? ` ${v(r.subtitle)}` : ''}`;
  const parts = width === undefined || fitLines(heading, width).length === 1
    ? [c.bold(v(r.title)) + (r.subtitle ? ` ${c.dim(v(r.subtitle))}` : '')]
    : [...lines(r.title, c.bold), ...(r.subtitle ? lines(r.subtitle, c.dim) : [])];
  for (const s of r.sections) {
    if (s.heading) parts.push('', ...lines(s.heading, c.bold));
    if (s.header.length > 0) parts.push(...sectionTable(s, color, lang, layout));
    if (s.note) parts.push(...lines(s.note, c.dim));
  }
  return `${parts.join('\n')}\n`;
}

export function renderSectionsMd(r: TextReport): string {
  const parts = [`**${mdText(r.title)}**${r.subtitle ? ` ${mdText(r.subtitle)}` : ''}`];
  for (const s of r.sections) {
    if (s.heading) parts.push(`### ${mdText(s.heading)}`);
    if (s.header.length > 0) parts.push(renderMarkdownTable(s.header, s.rows, s.numeric).trimEnd());
    if (s.note) parts.push(`_${mdText(s.note)}_`);
  }
  return `${parts.join('\n\n')}\n`;
}
