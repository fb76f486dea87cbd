// A terminal table fitted to the terminal's width: its text measured, the columns chosen by
// importance (fitColumns), names and titles shortened with …, remarks wrapped over lines,
// headers over lines where their words allow, then drawn by renderTextTable. Pure: the CLI
// says how wide the terminal is.
import { displayWidth, shortenText } from '../text/display-width.js';
import { visibleText } from '../text/visible-text.js';
import { fitColumns, minimumWidth, type FitColumn } from './fit-columns.js';
import { renderTextTable, wrapText, type TextTableOptions } from './render-text-table.js';

/** How a column gives way: not at all (only its header goes over lines), its text shortened with …, or wrapped over lines. */
export type ColumnFit = 'fixed' | 'shorten' | 'wrap';

export interface TableFitSpec {
  /** Per column. */
  fits: readonly ColumnFit[];
  /** Column indices, most important first; a column not listed comes after them, in its order. */
  priority: readonly number[];
  /** How many of the first columns by importance stay whatever the width. */
  essential: number;
}

/** The columns kept (in the table's order) and their text widths; the ones left out, most important first. */
export interface TableFit {
  keep: number[];
  widths: number[];
  left: number[];
}

// Names and titles are not shortened below 10 columns ("Thị trấn …"), remarks not wrapped below
// 12; to let a less important column in, they keep 16 and 20 (a name or a remark still readable).
const LIMITS = { shorten: { min: 10, soft: 16 }, wrap: { min: 12, soft: 20 } };

const show = (s: string): string => visibleText(s, ' ');
const longestWord = (s: string): number => Math.max(0, ...s.split(' ').map(displayWidth));

/** The narrowest width (from min to natural) at which `head` takes 1, 2, 3… lines. */
function headerLines(head: string, min: number, natural: number): number[] {
  const lines: number[] = [];
  for (let w = natural; w >= min; w--) {
    const n = wrapText(head, w).length;
    for (let k = 0; k < n - 1; k++) lines[k] ??= w + 1;
    lines[n - 1] = w;
  }
  // Word wrapping is not always monotonic: fewer lines at a narrower width count for more lines too.
  for (let k = 1; k < lines.length; k++) lines[k] = Math.min(lines[k] as number, lines[k - 1] as number);
  return lines;
}

function column(head: string, data: number, fit: ColumnFit): FitColumn {
  const natural = Math.max(displayWidth(head), data);
  if (fit === 'fixed') {
    // One column at least for a text of spaces: a width of 0 would not wrap it.
    const min = Math.max(data, longestWord(head), Math.min(natural, 1));
    const lines = headerLines(head, min, natural);
    // To let a less important column in, a header goes over two lines, not more.
    return { natural, min, soft: lines[1] ?? min, lines };
  }
  const { min, soft } = LIMITS[fit];
  return { natural, min: Math.min(natural, min), soft: Math.min(natural, soft) };
}

/** The order of importance: `priority`, then every column it does not list. */
export const importance = (cols: number, priority: readonly number[]): number[] => [...new Set([...priority.filter((i) => i < cols), ...Array.from({ length: cols }, (_, i) => i)])];

/** The table's columns measured, most important first (their indices in `order`). */
function measure(head: readonly string[], rows: readonly (readonly string[])[], spec: TableFitSpec): { order: number[]; cols: FitColumn[] } {
  const data = head.map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < data.length; i++) data[i] = Math.max(data[i] as number, displayWidth(show(r[i] ?? '')));
  }
  const order = importance(head.length, spec.priority);
  return { order, cols: order.map((i) => column(show(head[i] ?? ''), data[i] as number, spec.fits[i] ?? 'fixed')) };
}

/** The narrowest terminal that has room for the table's essential columns. */
export const minimumTableWidth = (head: readonly string[], rows: readonly (readonly string[])[], spec: TableFitSpec): number => {
  const { cols } = measure(head, rows, spec);
  return minimumWidth(cols, Math.max(1, spec.essential));
};

/** Which columns of the table fit `width` terminal columns, and how wide (measured over all `rows`). */
export function planTableFit(head: readonly string[], rows: readonly (readonly string[])[], spec: TableFitSpec, width: number): TableFit {
  const { order, cols } = measure(head, rows, spec);
  const fitted = fitColumns(cols, spec.essential, width);
  const widthOf = new Map(order.map((col, k) => [col, fitted[k]]));
  const keep = head.map((_, i) => i).filter((i) => widthOf.get(i) !== undefined);
  return { keep, widths: keep.map((i) => widthOf.get(i) as number), left: order.filter((i) => widthOf.get(i) === undefined) };
}

/** The table drawn in the columns and widths of `fit` (planned over these rows or more). */
export function renderFittedTable(head: readonly string[], rows: readonly (readonly string[])[], fit: TableFit, fits: readonly ColumnFit[], opts: Omit<TextTableOptions, 'wrap'>): string {
  const cut = (r: readonly string[]) => fit.keep.map((i, k) => (fits[i] === 'shorten' ? shortenText(show(r[i] ?? ''), fit.widths[k] as number) : (r[i] ?? '')));
  return renderTextTable(fit.keep.map((i) => head[i] ?? ''), rows.map(cut), {
    right: fit.keep.map((i) => opts.right[i] ?? false),
    color: opts.color,
    ...(opts.paint ? { paint: (row: number, col: number) => opts.paint?.(row, fit.keep[col] as number) } : {}),
    // Every column at its width exactly: wider text goes over lines (a header, a remark).
    wrap: fit.widths.map((w) => w + 2),
  });
}
