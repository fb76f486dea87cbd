// The decimal mark of a file: forced by --decimal, else decided from the file's unambiguous
// numbers; a file that shows both marks is an error with examples.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { detectDecimal } from './detect-decimal.js';
import type { DecimalMark } from './parse-number.js';
import type { SheetData } from './sheet.js';

export function decideDecimal(sheet: SheetData, cols: number[], forced: DecimalMark | undefined, out: Diagnostic[]): DecimalMark {
  if (forced) {
    out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark: forced, forced: true, evidence: '' }));
    return forced;
  }
  function* samples(): Generator<string> {
    for (const row of sheet.rows) for (const c of cols) yield row.cells[c] ?? '';
  }
  const found = detectDecimal(samples());
  if (found.ambiguous) {
    out.push(diag('SCORE_DECIMAL_AMBIGUOUS', 'error', { file: sheet.file }, { examples: found.evidence.slice(0, 4).join(', ') }));
  }
  const mark = found.mark ?? 'dot';
  if (!found.ambiguous) out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark, forced: false, evidence: found.evidence.slice(0, 3).join(', ') }));
  return mark;
}
