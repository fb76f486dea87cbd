// The decimal mark of a file: forced by --decimal, else decided from the file's unambiguous
// numbers; a file that shows both marks is an error with examples.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { classify, DecimalTally } from '../text/detect-decimal.js';
import type { DecimalMark } from '../text/parse-number.js';
import { cellAt, type SheetData } from './sheet.js';

export function decideDecimal(sheet: SheetData, cols: number[], forced: DecimalMark | undefined, out: Diagnostic[]): DecimalMark {
  if (forced) {
    out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark: forced, forced: true, evidence: '' }));
    return forced;
  }
  // A direct loop (no generator): a national sheet has 600,000 numeric cells.
  const tally = new DecimalTally();
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const { cells, numbers } = row;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k] as number;
      if (numbers === undefined || !numbers.has(col)) tally.see(cells[col] ?? '');
    }
  }
  const found = tally.guess();
  if (found.ambiguous) {
    const at = firstConflict(sheet, cols);
    out.push(diag('SCORE_DECIMAL_AMBIGUOUS', 'error', at ? cellAt(sheet, at.line, at.col) : { file: sheet.file }, { examples: found.evidence.slice(0, 4).join(', ') }));
  }
  const mark = found.mark ?? 'dot';
  if (!found.ambiguous) out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark, forced: false, evidence: found.evidence.slice(0, 3).join(', ') }));
  return mark;
}

/**
 * Where an ambiguous file goes wrong, to point the clerk at a cell: the first number whose mark
 * contradicts the numbers before it, else (no contradiction) the first that reads both ways.
 */
function firstConflict(sheet: SheetData, cols: number[]): { line: number; col: number } | undefined {
  let first: string | undefined;
  for (const row of sheet.rows) {
    for (const col of cols) {
      if (row.numbers?.has(col)) continue;
      const kind = classify(row.cells[col] ?? '');
      if (kind === 'both' || kind === undefined) continue;
      if (first === undefined) first = kind;
      else if (kind !== first) return { line: row.line, col };
    }
  }
  for (const row of sheet.rows) for (const col of cols) if (!row.numbers?.has(col) && classify(row.cells[col] ?? '') === 'both') return { line: row.line, col };
  return undefined;
}
