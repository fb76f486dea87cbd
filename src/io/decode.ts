// Turns the bytes of a user's CSV into NFC text: BOM sniffing, UTF-8 validation, the Windows-1258
// fallback, and checks for Vietnamese text damaged before it reached us.
import iconv from 'iconv-lite';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { convertTcvn3Bytes, convertTcvn3Text } from './convert-tcvn3.js';
import { findDestroyed, findDoubleEncoded, findLegacyFont } from './detect-damaged-text.js';
import { lineAt } from './line-at.js';
import { sniffContainer } from './sniff-container.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export interface Decoded {
  text?: string;
  encoding?: Encoding;
  diagnostics: Diagnostic[];
}

export function decodeBytes(bytes: Uint8Array, file: string, opts: { convertTcvn3?: boolean } = {}): Decoded {
  const sniffed = sniffContainer(bytes);
  if (sniffed.kind) return { diagnostics: [diag('INPUT_NOT_CSV', 'error', { file }, { kind: sniffed.kind })] };
  const diagnostics: Diagnostic[] = [];
  if (sniffed.utf16WithoutBom) {
    diagnostics.push(diag('INPUT_UTF16_WITHOUT_BOM', 'warning', { file }, { encoding: sniffed.encoding }));
  }
  const decoded = decodeText(bytes, sniffed.encoding, sniffed.bomLength);
  // Raw TCVN3 bytes convert directly; TCVN3 characters inside Unicode text go word by word.
  const convert = () => (decoded.encoding === 'windows-1258' ? convertTcvn3Bytes(bytes) : convertTcvn3Text(decoded.text));
  const checked = checkText(decoded.text, decoded.encoding, file, diagnostics, opts.convertTcvn3 ? convert : undefined);
  // Said only when the guess stands: TCVN3 bytes are not Windows-1258 text.
  if (checked.encoding === 'windows-1258') {
    diagnostics.unshift(diag('INPUT_ENCODING_GUESSED', 'info', { file }, { encoding: 'windows-1258' }));
  }
  return { ...checked, diagnostics };
}

function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be', bomLength: number): { text: string; encoding: Encoding } {
  let text: string;
  let result: Encoding = encoding;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      result = 'windows-1258';
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258');
    }
  } else {
    // Invalid sequences after a BOM become U+FFFD, which findDestroyed reports.
    text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes.subarray(bomLength));
  }
  // Windows-1258 writes tones as combining marks and Mac exports NFD: compare and print NFC only.
  return { text: text.normalize('NFC'), encoding: result };
}

/** Looks for damaged text; converts TCVN3 text with `convertTcvn3` when given. */
function checkText(
  text: string,
  encoding: Encoding,
  file: string,
  out: Diagnostic[],
  convertTcvn3?: () => string,
): { text: string; encoding: Encoding } {
  const at = (index: number) => ({ file, line: lineAt(text, index) });
  const destroyed = findDestroyed(text);
  if (destroyed) {
    const { samples, count } = destroyed;
    out.push(diag('INPUT_TEXT_DESTROYED', 'error', at(destroyed.index), { samples, count }));
  }
  // Every check below looks at letters beyond ASCII; a pure ASCII file skips them.
  if (!/[^\x00-\x7f]/.test(text)) return { text, encoding };

  const doubled = findDoubleEncoded(text);
  if (doubled) {
    const { samples, fixed } = doubled;
    out.push(diag('INPUT_TEXT_DOUBLE_ENCODED', 'error', at(doubled.index), { samples, fixed }));
    return { text, encoding };
  }
  const legacy = findLegacyFont(text);
  if (!legacy) return { text, encoding };
  const { font, samples } = legacy;
  if (font === 'TCVN3' && convertTcvn3) {
    const converted = samples.map(convertTcvn3Text);
    out.push(diag('INPUT_TCVN3_CONVERTED', 'info', at(legacy.index), { samples, converted }));
    return { text: convertTcvn3(), encoding: 'tcvn3' };
  }
  out.push(diag('INPUT_LEGACY_FONT', 'error', at(legacy.index), { font, samples }));
  return { text, encoding: font === 'TCVN3' ? 'tcvn3' : encoding };
}
