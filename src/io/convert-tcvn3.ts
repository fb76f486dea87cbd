// Converts TCVN3 (ABC, `.VnTime` fonts) text to Unicode with iconv-lite's `tcvn` table. Two ways in:
// the raw bytes of an ANSI file, or Unicode text whose characters stand for the TCVN3 bytes (a UTF-8
// CSV saved from a sheet typed in `.VnTime`: Excel stored `Qu¶ng` and the font drew `Quảng`).
import iconv from 'iconv-lite';
import { WINDOWS_1252_BYTE } from './code-page-bytes.js';

export function convertTcvn3Bytes(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'tcvn').normalize('NFC');
}

// Runs of non-separators holding at least one non-ASCII character: the words that may need converting.
const WORD = /[^\s,;"]*[^\x00-\x7f][^\s,;"]*/g;

/**
 * Converts the words whose every character maps to one byte. A word holding a real Unicode letter
 * beyond Latin-1 (`Phước`) was typed in a Unicode font and is kept as it is.
 */
export function convertTcvn3Text(text: string): string {
  return text
    .replace(WORD, (word) => {
      const bytes = new Uint8Array(word.length);
      for (let i = 0; i < word.length; i++) {
        const b = WINDOWS_1252_BYTE.get(word.charCodeAt(i));
        if (b === undefined) return word;
        bytes[i] = b;
      }
      return iconv.decode(Buffer.from(bytes), 'tcvn');
    })
    .normalize('NFC');
}
