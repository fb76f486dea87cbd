// Diagnostics as text, in the manner of ESLint's stylish formatter: grouped by file, one line
// each (`line:col  severity  message  code`), the hint below, the summary last.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { cellAddress } from '../text/cell-address.js';
import { messageOf, type Lang } from './messages/index.js';
import { shortenText } from './messages/shorten.js';
import { visibleText } from '../text/visible-text.js';
import { palette } from './palette.js';
import { displayWidth } from '../text/display-width.js';
import { wrapText } from './render-text-table.js';

export interface RenderDiagnosticsOptions {
  lang: Lang;
  color: boolean;
  /** Show info diagnostics too. */
  verbose: boolean;
  /** At most this many lines per code and file; the rest are counted. */
  perCode?: number;
  /** A terminal's width: each problem wraps at it, under its text. Absent: one line each (a pipe, a file). */
  width?: number;
}

/** `text` after a prefix `indent` columns wide, in lines that fit `width`, the next ones indented alike. */
function wrapAfter(text: string, indent: number, width: number | undefined): string {
  if (width === undefined || indent + displayWidth(text) <= width) return text;
  // Never narrower than a code: the code ends the text, whole.
  return wrapText(text, Math.max(40, width - indent)).join(`\n${' '.repeat(indent)}`);
}

const WORD: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
};

export function renderDiagnostics(all: readonly Diagnostic[], opts: RenderDiagnosticsOptions): string {
  const c = palette(opts.color);
  const shown = sortDiagnostics(all.filter((d) => opts.verbose || d.severity !== 'info'));
  const limit = opts.perCode ?? 20;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of shown) {
    const file = d.loc.file ?? '';
    const list = byFile.get(file);
    if (list) list.push(d);
    else byFile.set(file, [d]);
  }
  const lines: string[] = [];
  for (const [file, ds] of byFile) {
    lines.push(c.underline(wrapAfter(visibleText(file) || '(cchc)', 0, opts.width)));
    const counts = new Map<string, number>();
    const hinted = new Set<string>();
    for (const d of ds) {
      const n = (counts.get(d.code) ?? 0) + 1;
      counts.set(d.code, n);
      if (n > limit) continue;
      const { text, hint } = oneLine(messageOf(d, opts.lang));
      const where = whereIn(d.loc);
      const context = visibleText([d.loc.header !== undefined ? `[${shortenText(d.loc.header, opts.lang)}]` : '', d.loc.path && !d.loc.line ? shortenText(d.loc.path, opts.lang) : ''].filter(Boolean).join(' '));
      const sev = d.severity === 'error' ? c.red(WORD[opts.lang].error) : d.severity === 'warning' ? c.yellow(WORD[opts.lang].warning) : c.blue(WORD[opts.lang].info);
      const indent = 2 + Math.max(7, where.length) + 2 + displayWidth(WORD[opts.lang][d.severity]) + 2;
      const body = wrapAfter(`${context ? `${context} ` : ''}${text}  ${d.code}`, indent, opts.width);
      lines.push(`  ${c.dim(where.padEnd(7))}  ${sev}  ${body.slice(0, body.length - d.code.length)}${c.dim(d.code)}`);
      // The first hint of each code and file (some problems of a code have none): the same advice forty times hides the problems.
      if (hint && !hinted.has(d.code)) {
        hinted.add(d.code);
        lines.push(`  ${' '.repeat(7)}  ${c.dim(wrapAfter(`→ ${hint}`, 11, opts.width))}`);
      }
    }
    for (const [code, n] of counts) if (n > limit) lines.push(`  ${' '.repeat(7)}  ${c.dim(opts.lang === 'en' ? `… and ${n - limit} more ${code}` : `… và ${n - limit} lỗi ${code} khác`)}`);
    lines.push('');
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (errors + warnings > 0) lines.push(summary(errors, warnings, opts.lang, c));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `8:11` in a CSV; `Điểm!K8` in a workbook's sheet. */
function whereIn(loc: Diagnostic['loc']): string {
  if (loc.sheet !== undefined) return cellAddress(loc.sheet, loc.line, loc.column);
  return loc.line === undefined ? '' : loc.column === undefined ? `${loc.line}` : `${loc.line}:${loc.column}`;
}

// A cell quoted in a message may hold a line break (a quoted cell split over lines) or a control
// character: shown as they are, they would break the one-problem-per-line layout, or act on the terminal.
const oneLine = (m: { text: string; hint?: string }) => ({ text: visibleText(m.text), ...(m.hint === undefined ? {} : { hint: visibleText(m.hint) }) });

function summary(errors: number, warnings: number, lang: Lang, c: ReturnType<typeof palette>): string {
  const text = lang === 'en'
    ? `✖ ${errors + warnings} problem${errors + warnings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
    : `✖ ${errors + warnings} vấn đề (${errors} lỗi, ${warnings} cảnh báo)`;
  return errors > 0 ? c.red.bold(text) : c.yellow.bold(text);
}
