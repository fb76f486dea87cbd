import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetHead } from '../io/read-sheet.js';

/** What the reader found in a file (encoding, delimiter, header line, or the workbook's sheet), for --verbose. */
export function detectedInfo(head: SheetHead): Diagnostic {
  const { encoding, delimiter, headerLine, skippedCount: skipped } = head.detected;
  if (head.sheet !== undefined) {
    const { how, passedOver } = head.chosen ?? { how: 'named' as const, passedOver: '' };
    return diag('INPUT_XLSX_SHEET_CHOSEN', 'info', { file: head.file, sheet: head.sheet, line: headerLine }, { sheet: head.sheet, how, passedOver, headerLine, skipped });
  }
  const args = { encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter, headerLine, skipped };
  return diag('INPUT_DETECTED', 'info', { file: head.file, line: headerLine }, args);
}
