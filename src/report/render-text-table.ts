// Aligned tables for the terminal, in the box-drawing layout cli-table3 gives with
// { style: { compact: true } }: a line per row, borders around, the header ruled off. Written
// here because cli-table3 is quadratic in the rows (its layout looks for row-spanning cells
// above every cell: 1,000 units took 8 s, 2,000 took 31 s) and, even fed a few rows at a time,
// spends ~14 µs a cell in its dependencies (10,000 units: 2 s for the table alone). This one is
// linear; test/reports/text-table.test.ts holds it byte for byte equal to cli-table3.
import { displayWidth, splitAtWidth } from '../text/display-width.js';
import { visibleText } from '../text/visible-text.js';
import { palette } from './palette.js';

export interface TextTableOptions {
  /** Right-aligned (numeric) columns. */
  right: readonly boolean[];
  color: boolean;
  /** A colour for one cell's text (e.g. by band), applied after the widths are measured. */
  paint?: (row: number, col: number) => ((s: string) => string) | undefined;
  /** Width per column, its padding included, at which a cell's text (and the header's) wraps over lines at spaces (0 or absent: as wide as its text). */
  wrap?: readonly number[];
}

/** `text` in lines of at most `width` columns, broken at spaces (a longer word is cut where the columns run out). */
export function wrapText(text: string, width: number): string[] {
  if (!(width > 0) || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (displayWidth(rest) > width) {
      if (line) lines.push(line);
      line = '';
      const [start, end] = splitAtWidth(rest, width);
      lines.push(start);
      rest = end;
    }
    const joined = line ? `${line} ${rest}` : rest;
    if (displayWidth(joined) <= width) line = joined;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const pad = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

/** The table as lines joined by `\n`, without a final line break (as cli-table3's toString). */
export function renderTextTable(head: readonly string[], rows: readonly (readonly string[])[], opts: TextTableOptions): string {
  const c = palette(opts.color);
  const cols = rows.reduce((n, r) => Math.max(n, r.length), head.length);
  // Names and values from the inputs: a control character would act on the terminal.
  const show = (r: readonly string[]) => Array.from({ length: cols }, (_, i) => visibleText(r[i] ?? '', ' '));
  // A wrapped cell's row takes as many lines as its tallest cell: each line a row of its own here.
  const wrapped = (r: readonly string[]): string[][] => {
    const parts = r.map((cell, i) => wrapText(cell, (opts.wrap?.[i] ?? 0) - 2));
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, l) => parts.map((p) => p[l] ?? ''));
  };
  const physical = opts.wrap ? rows.flatMap((r, k) => wrapped(show(r)).map((cells) => ({ cells, k }))) : rows.map((r, k) => ({ cells: show(r), k }));
  // The header wraps as the cells do: its lines come first.
  const headLines = opts.wrap ? wrapped(show(head)) : [show(head)];
  const h = headLines.length;
  const cells = [...headLines, ...physical.map((p) => p.cells)];
  const widths = Array.from({ length: cols }, () => 0);
  const measured = cells.map((r) => r.map((s, i) => {
    const w = displayWidth(s);
    if (w > (widths[i] as number)) widths[i] = w;
    return w;
  }));
  // A wrapped column is as wide as it was given, whatever its text.
  opts.wrap?.forEach((w, i) => {
    if (w > 2 && i < cols) widths[i] = Math.max(widths[i] as number, w - 2);
  });
  const rule = (left: string, mid: string, right: string) => c.gray(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`);
  const bar = c.gray('│');
  const line = (r: readonly string[], k: number): string => {
    const parts = r.map((s, i) => {
      const space = pad((widths[i] as number) - (measured[k]?.[i] as number));
      const text = k < h ? s : (opts.paint?.((physical[k - h] as { k: number }).k, i) ?? ((x: string) => x))(s);
      const padded = opts.right[i] ? ` ${space}${text} ` : ` ${text}${space} `;
      return k < h ? c.bold(padded) : padded;
    });
    return `${bar}${parts.join(bar)}${bar}`;
  };
  const out = [rule('┌', '┬', '┐'), ...headLines.map((r, k) => line(r, k))];
  if (physical.length > 0) out.push(rule('├', '┼', '┤'));
  for (let k = h; k < cells.length; k++) out.push(line(cells[k] as string[], k));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
