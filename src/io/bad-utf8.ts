// A byte that is not UTF-8 in a text that is: said as such, at its line and cell, instead of the
// U+FFFD the decoder puts in its place being taken for Vietnamese letters lost when the file was
// saved (INPUT_TEXT_DESTROYED, whose advice to re-save from Excel would not help).
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { firstInvalidUtf8, hexBytes } from '../text/utf8.js';
import { detectDelimiter } from './detect-delimiter.js';
import { countLineBreaks } from './line-breaks.js';

/**
 * INPUT_UTF8_INVALID for the first bad sequence of `bytes` (a piece that starts a line, on line
 * `line`), or undefined when its U+FFFD were written as such. `seen`: the text before the piece,
 * from which the delimiter is told to name the cell.
 */
export function findBadUtf8(bytes: Uint8Array, line: number, file: string, seen: string): Diagnostic | undefined {
  const { offset, length } = firstInvalidUtf8(bytes);
  if (length === 0) return undefined;
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const lineText = before.slice(lineStart);
  const { delimiter } = detectDelimiter(seen + before);
  const at = { file, line: line + countLineBreaks(before.slice(0, lineStart)), column: cellOf(lineText, delimiter) };
  return diag('INPUT_UTF8_INVALID', 'error', at, { bytes: hexBytes(bytes.subarray(offset, offset + length)), character: [...lineText].length + 1 });
}

/** The 1-based cell a line's text ends in: its delimiters outside quotes, plus one. */
function cellOf(lineText: string, delimiter: string): number {
  let cell = 1;
  let quoted = false;
  for (const c of lineText) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) cell++;
  }
  return cell;
}
