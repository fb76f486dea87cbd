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
  return (cells, line) => {
    const n = cells.length;
    if (n > physicalWidth) {
      let last = n - 1;
      while (last >= physicalWidth && cells[last] === '') last--;
      if (last >= physicalWidth) {
        out.push(ragged(cells, line, last + 1));
        return undefined;
      }
    }
    for (let k = 0; k < n && k < physicalWidth; k++) {
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
    const loc = { file, line, column: physicalWidth + 1 };
    // `7,5` written in a comma-delimited file without quotes becomes the two cells `7` and `5`.
    if (delimiter === ',') {
      for (let k = 0; k + 1 < actual; k++) {
        const a = cells[k] ?? '';
        const b = cells[k + 1] ?? '';
        if (/^[+-]?\d+$/.test(a) && /^\d+%?$/.test(b)) {
          const at = { ...loc, column: k + 1, ...(header[k] ? { header: header[k] } : {}) };
          return diag('INPUT_RAGGED_ROW', 'error', at, { expected: physicalWidth, actual, splitNumber: `${a},${b}` });
        }
      }
    }
    return diag('INPUT_RAGGED_ROW', 'error', loc, { expected: physicalWidth, actual });
  }
}
