// A criteria file's bytes as text. The format is UTF-8: a byte that is not (a file saved as
// Windows-1258 or UTF-16 by an editor) is an error at its line and column, never a U+FFFD
// quietly put in a title or a level label that then matches no cell.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
const sequenceLength = (b: number): number => (b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0);

/** Offset and length of the first byte sequence that is not UTF-8 (the decoder found one). */
function firstInvalid(bytes: Uint8Array): { offset: number; length: number } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i] as number);
    if (n === 1) {
      i++;
      continue;
    }
    // Overlong forms, surrogates and values past U+10FFFF are caught by the decoder itself.
    const ok = n > 0 && i + n <= bytes.length && (() => {
      try {
        strict.decode(bytes.subarray(i, i + n));
        return true;
      } catch {
        return false;
      }
    })();
    if (!ok) {
      // The lead byte and the continuation bytes that follow it: the sequence as far as it goes.
      let length = 1;
      while (length < n && i + length < bytes.length && ((bytes[i + length] as number) & 0xc0) === 0x80) length++;
      return { offset: i, length };
    }
    i += n;
  }
  return { offset: bytes.length, length: 0 };
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

export function decodeCriteria(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const { offset, length } = firstInvalid(bytes);
    // Line and column as the JSON reader counts them: in the valid text before the bad byte (a BOM not counted).
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const at = { file, line, column: before.length - lineStart + 1 };
    return { diagnostics: [diag('CRITERIA_ENCODING_INVALID', 'error', at, { bytes: hex(bytes.subarray(offset, offset + length)) })] };
  }
}
