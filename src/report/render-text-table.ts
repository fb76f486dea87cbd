// Aligned tables for the terminal, in the box-drawing layout cli-table3 gives with
// { style: { compact: true } }: a line per row, borders around, the header ruled off. Written
// here because cli-table3 is quadratic in the rows (its layout looks for row-spanning cells
// above every cell: 1,000 units took 8 s, 2,000 took 31 s) and, even fed a few rows at a time,
// spends ~14 µs a cell in its dependencies (10,000 units: 2 s for the table alone). This one is
// linear; test/reports/text-table.test.ts holds it byte for byte equal to cli-table3.
import { displayWidth } from '../text/display-width.js';
import { visibleText } from '../text/visible-text.js';
import { palette } from './palette.js';

export interface TextTableOptions {
  /** Right-aligned (numeric) columns. */
  right: readonly boolean[];
  color: boolean;
  /** A colour for one cell's text (e.g. by band), applied after the widths are measured. */
  paint?: (row: number, col: number) => ((s: string) => string) | undefined;
}

const pad = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

/** The table as lines joined by `\n`, without a final line break (as cli-table3's toString). */
export function renderTextTable(head: readonly string[], rows: readonly (readonly string[])[], opts: TextTableOptions): string {
  const c = palette(opts.color);
  const cols = rows.reduce((n, r) => Math.max(n, r.length), head.length);
  // Names and values from the inputs: a control character would act on the terminal.
  const show = (r: readonly string[]) => Array.from({ length: cols }, (_, i) => visibleText(r[i] ?? '', ' '));
  const cells = [show(head), ...rows.map(show)];
  const widths = Array.from({ length: cols }, () => 0);
  const measured = cells.map((r) => r.map((s, i) => {
    const w = displayWidth(s);
    if (w > (widths[i] as number)) widths[i] = w;
    return w;
  }));
  const rule = (left: string, mid: string, right: string) => c.gray(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`);
  const bar = c.gray('│');
  const line = (r: readonly string[], k: number): string => {
    const parts = r.map((s, i) => {
      const space = pad((widths[i] as number) - (measured[k]?.[i] as number));
      const text = k === 0 ? s : (opts.paint?.(k - 1, i) ?? ((x: string) => x))(s);
      const padded = opts.right[i] ? ` ${space}${text} ` : ` ${text}${space} `;
      return k === 0 ? c.bold(padded) : padded;
    });
    return `${bar}${parts.join(bar)}${bar}`;
  };
  const out = [rule('┌', '┬', '┐'), line(cells[0] as string[], 0)];
  if (cells.length > 1) out.push(rule('├', '┼', '┤'));
  for (let k = 1; k < cells.length; k++) out.push(line(cells[k] as string[], k));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
