// Fits one data row to the header: pads short rows, rejects ragged ones, and reports data
// under a column without a name. Returns the cells to emit, or undefined to drop the row.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Delimiter } from './detect-delimiter.js';
import type { HeaderShape } from './read-header.js';

export interface RowShaper {
  (cells: string[], line: number): string[] | undefined;
}

export function makeRowShaper(
  shape: HeaderShape,
  file: string,
  delimiter: Delimiter,
  out: Diagnostic[],
): RowShaper {
  const { header, physicalWidth } = shape;
  const width = header.length;
  const unnamedReported = new Set<number>();
  // Every column named: a row no wider than the header has no cell under a column without a name.
  const allNamed = header.every((h) => h !== '');
  return (cells, line) => {
    const n = cells.length;
    if (n > physicalWidth) {
      let last = n - 1;
      while (last >= physicalWidth && cells[last] === '') last--;
      if (last >= physicalWidth) {
        out.push(ragged(cells, line, last + 1));
        return undefined;
      }
      // Only empty cells beyond the header: a trailing delimiter, unless a split decimal pushed
      // an empty last cell (a note) out, which would shift every value after it by one column.
      const split = delimiter === ',' ? splitAt(cells, n, true) : undefined;
      if (split !== undefined) {
        out.push(splitRagged(cells, line, n, split));
        return undefined;
      }
    }
    if (!allNamed || n > width) for (let k = 0; k < n && k < physicalWidth; k++) {
      if (cells[k] === '' || (k < width && header[k] !== '') || unnamedReported.has(k)) continue;
      unnamedReported.add(k);
      out.push(diag('INPUT_EMPTY_HEADER', 'error', { file, line, column: k + 1 }, {}));
    }
    if (n === width) return cells;
    if (n > width) return cells.slice(0, width);
    for (let k = n; k < width; k++) cells.push('');
    return cells;
  };

  function ragged(cells: string[], line: number, actual: number): Diagnostic {
    const split = delimiter === ',' ? splitAt(cells, actual, false) : undefined;
    if (split !== undefined) return splitRagged(cells, line, actual, split);
    return diag('INPUT_RAGGED_ROW', 'error', { file, line, column: physicalWidth + 1 }, { expected: physicalWidth, actual });
  }

  function splitRagged(cells: string[], line: number, actual: number, k: number): Diagnostic {
    const at = { file, line, column: k + 1, ...(header[k] ? { header: header[k] } : {}) };
    return diag('INPUT_RAGGED_ROW', 'error', at, { expected: physicalWidth, actual, splitNumber: `${cells[k]},${cells[k + 1]}` });
  }
}

/**
 * Where `7,5` written without quotes in a comma-delimited file became the cells `7` and `5`: the
 * index of `7`. Whole numbers side by side (`2`, `0`) are common in score sheets, fractions of
 * points end in 5 (`,5` `,25` `,75`) or start with 0 (`,05`): such a pair is taken first; without
 * one, a lone pair is named only when `strongOnly` is false.
 */
function splitAt(cells: readonly string[], actual: number, strongOnly: boolean): number | undefined {
  const pairs: number[] = [];
  for (let k = 0; k + 1 < actual; k++) {
    if (/^[+-]?\d+$/.test(cells[k] ?? '') && /^\d+%?$/.test(cells[k + 1] ?? '')) pairs.push(k);
  }
  const strong = pairs.find((k) => /^(?:0\d+|\d*5)%?$/.test(cells[k + 1] ?? ''));
  if (strong !== undefined || strongOnly) return strong;
  return pairs.length === 1 ? pairs[0] : undefined;
}
