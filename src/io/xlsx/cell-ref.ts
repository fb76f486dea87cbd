// A1-style cell references: `K8` is column 11 of row 8.
import { MAX_COLUMNS, MAX_ROWS } from './limits.js';

/** Column (1-based) and row of a reference, or undefined when it is not one (or off Excel's grid). */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + c - 64;
    else if (c >= 97 && c <= 122) column = column * 26 + c - 96;
    else break;
  }
  if (i === 0 || i >= ref.length) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57 || j - i > 7) return undefined;
    row = row * 10 + c - 48;
  }
  return column <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS ? { column, row } : undefined;
}
