// Which columns of a table a terminal of a given width has room for, and how wide each is drawn:
// pure numbers (fit-table.ts measures the text and cuts it to these widths). The columns come
// most important first; the ones kept are always the most important ones, so that a reader
// knows which are missing from a one-line note.

/** One column's text widths, in terminal columns (its padding and borders apart). */
export interface FitColumn {
  /** As wide as its widest text, the header's included: nothing shortened or wrapped. */
  natural: number;
  /** The narrowest it may be drawn: its text shortened with …, wrapped, or its header over lines (≤ natural). */
  min: number;
  /** The narrowest it goes to let a less important column in (from min to natural). */
  soft: number;
  /** A column whose header alone gives way: the narrowest width at which the header takes 1, 2, 3… lines. */
  lines?: readonly number[];
}

/** The box layout: a border before every column and one at the end, a space either side of each text. */
export const tableWidth = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + w + 3, 1);

/** The narrowest terminal in which the first `essential` columns fit. */
export const minimumWidth = (cols: readonly FitColumn[], essential: number): number => tableWidth(cols.slice(0, essential).map((c) => c.min));

const softOf = (c: FitColumn): number => Math.min(c.natural, Math.max(c.min, c.soft));

/**
 * The width of each column of `cols` (most important first), undefined for a column left out.
 * The first `essential` columns stay, narrowed down to their min if need be (in a terminal
 * narrower than minimumWidth, the least important of them go too, the first always stays). Each
 * next column comes in while the table still fits with every column at its soft width; the first
 * that does not ends the list. The room left widens the columns (see widen), each up to its natural width.
 */
export function fitColumns(cols: readonly FitColumn[], essential: number, width: number): (number | undefined)[] {
  if (cols.length === 0) return [];
  let kept = Math.max(1, Math.min(essential, cols.length));
  while (kept > 1 && minimumWidth(cols, kept) > width) kept--;
  while (kept < cols.length && tableWidth(cols.slice(0, kept + 1).map(softOf)) <= width) kept++;
  // From the soft widths when they fit (as checked to let the last column in), else from the mins.
  const soft = cols.slice(0, kept).map((c) => ({ ...c, min: softOf(c) }));
  const chosen = tableWidth(soft.map((c) => c.min)) <= width ? soft : cols.slice(0, kept);
  const widths = widen(chosen, width - tableWidth(chosen.map((c) => c.min)));
  return cols.map((_, i) => widths[i]);
}

// A text of 40 columns still reads as one; past that, a header on one line is worth more.
const READABLE = 40;

/**
 * Each column from its min towards its natural width with `room` more columns in all: first the
 * shortened and wrapped texts, evenly, up to READABLE; then the headers, as low as the room
 * allows; then the texts again, evenly.
 */
function widen(cols: readonly FitColumn[], room: number): number[] {
  const widths = cols.map((c) => c.min);
  let left = room;
  const pass = (members: number[], grow: (group: FitColumn[], room: number) => number[]) => {
    const grown = grow(members.map((i) => ({ ...(cols[i] as FitColumn), min: widths[i] as number })), left);
    members.forEach((i, k) => {
      left -= (grown[k] as number) - (widths[i] as number);
      widths[i] = grown[k] as number;
    });
  };
  const texts = cols.flatMap((c, i) => (c.lines ? [] : [i]));
  const headers = cols.flatMap((c, i) => (c.lines ? [i] : []));
  pass(texts, (group, r) => widenEvenly(group.map((c) => ({ ...c, natural: Math.max(c.min, Math.min(c.natural, READABLE)) })), r));
  pass(headers, widenByLines);
  pass(texts, widenEvenly);
  return widths;
}

/** The header row one line lower at a time while the room allows: every header of more lines widened to that many. */
function widenByLines(cols: readonly FitColumn[], room: number): number[] {
  const widths = cols.map((c) => c.min);
  const linesAt = (c: FitColumn, w: number) => {
    const k = c.lines?.findIndex((at) => at <= w) ?? 0;
    return k < 0 ? (c.lines?.length ?? 1) : k + 1;
  };
  let height = Math.max(1, ...cols.map((c, i) => linesAt(c, widths[i] as number)));
  let left = room;
  while (height > 1) {
    const wanted = cols.map((c, i) => Math.max(widths[i] as number, Math.min(c.natural, c.lines?.[height - 2] ?? (widths[i] as number))));
    const cost = wanted.reduce((sum, w, i) => sum + w - (widths[i] as number), 0);
    if (cost > left) break;
    wanted.forEach((w, i) => (widths[i] = w));
    left -= cost;
    height--;
  }
  return widths;
}

function widenEvenly(cols: readonly FitColumn[], room: number): number[] {
  const at = (level: number) => cols.map((c) => Math.max(c.min, Math.min(c.natural, level)));
  const extra = (level: number) => at(level).reduce((sum, w, i) => sum + w - (cols[i] as FitColumn).min, 0);
  // The highest level that fits, by halving: extra() grows with the level.
  let low = 0;
  let high = Math.max(0, ...cols.map((c) => c.natural));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (extra(mid) <= room) low = mid;
    else high = mid - 1;
  }
  const widths = at(low);
  // What is left (less than one column each) goes to the most important columns that can still grow.
  let left = room - extra(low);
  for (let i = 0; i < widths.length && left > 0; i++) {
    const c = cols[i] as FitColumn;
    if ((widths[i] as number) === low && low < c.natural && low >= c.min) {
      widths[i] = low + 1;
      left--;
    }
  }
  return widths;
}
