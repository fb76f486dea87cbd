// The reports for people (reconcile, explain, compare) are a title and a few headed tables;
// one model, rendered as aligned terminal tables or as Markdown.
import { mdText, renderMarkdownTable } from './render-md.js';
import { palette } from './palette.js';
import { numericDate, type ReportSettings } from './report-settings.js';
import { renderTextTable } from './render-text-table.js';
import { visibleText } from '../text/visible-text.js';

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

export function renderSectionsTable(r: TextReport, color: boolean): string {
  const c = palette(color);
  // Titles hold unit names and file names: shown, never obeyed, on the terminal.
  const v = (s: string) => visibleText(s, ' ');
  const parts = [c.bold(v(r.title)) + (r.subtitle ? ` ${c.dim(v(r.subtitle))}` : '')];
  for (const s of r.sections) {
    if (s.heading) parts.push('', c.bold(v(s.heading)));
    if (s.header.length > 0) {
      parts.push(renderTextTable(s.header, s.rows.map((row) => row.map((cell, i) => clipText(cell, s.clip?.[i]))), { right: s.numeric, color, ...(s.wrap ? { wrap: s.wrap } : {}) }));
    }
    if (s.note) parts.push(c.dim(v(s.note)));
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
