// A criteria file's bytes as text. The format is UTF-8: a byte that is not (a file saved as
// Windows-1258 or UTF-16 by an editor) is an error at its line and column, never a U+FFFD
// quietly put in a title or a level label that then matches no cell.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { firstInvalidUtf8, hexBytes } from '../text/utf8.js';

export function decodeCriteria(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const { offset, length } = firstInvalidUtf8(bytes);
    // Line and column as the JSON reader counts them: in the valid text before the bad byte (a BOM not counted).
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const at = { file, line, column: before.length - lineStart + 1 };
    return { diagnostics: [diag('CRITERIA_ENCODING_INVALID', 'error', at, { bytes: hexBytes(bytes.subarray(offset, offset + length)) })] };
  }
}
