// Turns the bytes of a user's CSV into NFC text as they come (a whole file at once, or a stream
// in chunks): BOM sniffing, UTF-8 validation, the Windows-1258 fallback, and the checks for
// Vietnamese text damaged before it reached us. The text is handed on in pieces that end at a line
// break, cut at the first one past each 64 K (bytes, or characters for UTF-16): so the pieces, and
// every finding, are the same however the bytes arrive (a file read whole, a pipe, a large file).
import iconv from 'iconv-lite';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { convertTcvn3Text } from './convert-tcvn3.js';
import { findBadUtf8 } from './bad-utf8.js';
import { DamageScan } from './detect-damaged-text.js';
import { cutAfterBreak, countLineBreaks } from './line-breaks.js';
import { sniffContainer } from './sniff-container.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

/** Bytes (or UTF-16 characters) a piece of text is at least, unless it is the last. */
const PIECE = 1 << 16;
/** What the container sniffing looks at: BOMs, signatures, UTF-16's zero bytes. */
const SNIFF = 4096;
/** The text kept to tell the delimiter by, should a byte not be UTF-8 (to name its cell). */
const SEEN = 1 << 16;

interface Piece {
  text: string;
  /** A copy of the bytes of a Windows-1258 piece (the read buffer is reused), while a legacy font may still ask for them (TCVN3 in ANSI). */
  raw?: Uint8Array;
}

export class SheetDecoder {
  /** Undefined until the first bytes are sniffed, and for a file that is not text. */
  encoding?: Encoding;
  /** Set when the text cannot be read as it is (not a CSV, damaged text, a legacy font): nothing more is handed on. */
  failed = false;
  /** No character but white space so far. */
  blank = true;
  private readonly early: Diagnostic[] = [];
  private head: Uint8Array[] | undefined = [];
  private headBytes = 0;
  private bytes = Buffer.alloc(0);
  private byteLength = 0;
  private utf16?: InstanceType<typeof TextDecoder>;
  private textCarry = '';
  private multibyte = false;
  private line = 1;
  /** The text's first 64 K characters (see SEEN), and whether a byte was not UTF-8 (said once). */
  private seen = '';
  private badUtf8 = false;
  private readonly scan = new DamageScan();
  /** Pieces waiting for the legacy-font decision (a text beyond ASCII, its first megabyte not seen). */
  private held: Piece[] = [];
  private font?: { decided: true; convert?: (p: Piece) => string; diagnostic?: Diagnostic };
  private readonly pieceSize: number;

  constructor(
    private readonly file: string,
    private readonly opts: { convertTcvn3?: boolean; pieceSize?: number | undefined },
    private readonly onText: (text: string) => void,
  ) {
    this.pieceSize = opts.pieceSize ?? PIECE;
  }

  push(bytes: Uint8Array): void {
    if (this.head) {
      this.head.push(bytes);
      this.headBytes += bytes.length;
      if (this.headBytes >= SNIFF) this.start();
      return;
    }
    this.feed(bytes, false);
  }

  end(): void {
    if (this.head) this.start();
    this.feed(new Uint8Array(0), true);
    if (!this.font) this.decideFont();
  }

  /** What was found, in the order the clerk should read it; complete once end() was called. */
  get diagnostics(): Diagnostic[] {
    const out = [...this.early];
    const at = (line: number) => ({ file: this.file, line });
    const destroyed = this.scan.destroyedText();
    if (destroyed) out.push(diag('INPUT_TEXT_DESTROYED', 'error', at(destroyed.line), { samples: destroyed.samples, count: destroyed.count }));
    const doubled = this.scan.doubleEncoded();
    if (doubled) out.push(diag('INPUT_TEXT_DOUBLE_ENCODED', 'error', at(doubled.line), { samples: doubled.samples, fixed: doubled.fixed }));
    else if (this.font?.diagnostic) out.push(this.font.diagnostic);
    // Said only when the guess stands: TCVN3 bytes are not Windows-1258 text.
    if (this.encoding === 'windows-1258') out.unshift(diag('INPUT_ENCODING_GUESSED', 'info', { file: this.file }, { encoding: 'windows-1258' }));
    return out;
  }

  private start(): void {
    const first = Buffer.concat(this.head ?? []);
    this.head = undefined;
    const sniffed = sniffContainer(first);
    if (sniffed.kind) {
      this.failed = true;
      this.early.push(diag('INPUT_NOT_CSV', 'error', { file: this.file }, { kind: sniffed.kind }));
      return;
    }
    this.encoding = sniffed.encoding;
    if (sniffed.utf16WithoutBom) this.early.push(diag('INPUT_UTF16_WITHOUT_BOM', 'warning', { file: this.file }, { encoding: sniffed.encoding }));
    if (sniffed.encoding === 'utf-16le' || sniffed.encoding === 'utf-16be') this.utf16 = new TextDecoder(sniffed.encoding);
    this.feed(first.subarray(sniffed.bomLength), false);
  }

  private feed(bytes: Uint8Array, last: boolean): void {
    // Damaged text is still looked through to its end (the findings count every place), not handed on.
    if (this.encoding === undefined) return;
    if (this.utf16) return this.feedText(this.utf16.decode(bytes, { stream: !last }), last);
    if (this.byteLength + bytes.length > this.bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.byteLength + bytes.length, this.pieceSize * 2));
      this.bytes.copy(larger, 0, 0, this.byteLength);
      this.bytes = larger;
    }
    this.bytes.set(bytes, this.byteLength);
    this.byteLength += bytes.length;
    let start = 0;
    for (;;) {
      const cut = cutAfterBreak(this.bytes, start + this.pieceSize, start, this.byteLength, last);
      if (cut < 0) break;
      this.decodePiece(this.bytes.subarray(start, cut));
      start = cut;
    }
    this.bytes.copyWithin(0, start, this.byteLength);
    this.byteLength -= start;
  }

  private feedText(text: string, last: boolean): void {
    this.textCarry += text;
    let start = 0;
    for (;;) {
      const cut = cutAfterBreak(this.textCarry, start + this.pieceSize, start, this.textCarry.length, last);
      if (cut < 0) break;
      this.take({ text: this.textCarry.slice(start, cut) });
      start = cut;
    }
    this.textCarry = this.textCarry.slice(start);
  }

  /**
   * UTF-8, or Windows-1258 when the first byte that is not UTF-8 comes before any letter that is.
   * In UTF-8, a byte that is not is an error at its line and cell; nothing after it is read.
   */
  private decodePiece(bytes: Uint8Array): void {
    if (this.encoding === 'windows-1258') return this.take({ text: iconv.decode(Buffer.from(bytes), 'windows1258'), raw: Uint8Array.from(bytes) });
    // After a BOM, or once a letter beyond ASCII was valid UTF-8, a bad byte is damage (U+FFFD,
    // reported at its line), not a reason to read the whole file again in another code page.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    if (this.encoding === 'utf-8' && !this.multibyte) {
      const bad = text.indexOf('\ufffd');
      if (bad < 0 ? text.length !== bytes.length : /[^\x00-\x7f]/.test(text.slice(0, bad))) this.multibyte = true;
      else if (bad >= 0 && !isEncodedReplacement(bytes, bad)) {
        // Only ASCII so far, which Windows-1258 reads alike: the whole file is Windows-1258.
        this.encoding = 'windows-1258';
        return this.decodePiece(bytes);
      }
    }
    if (text.includes('\ufffd') && !this.badUtf8) {
      const bad = findBadUtf8(bytes, this.line, this.file, this.seen);
      if (bad) {
        this.badUtf8 = this.failed = true;
        this.early.push(bad);
      }
    }
    if (this.badUtf8) return;
    this.take({ text });
  }

  /** A piece of decoded text: checked, held while a legacy font may be found, then handed on. */
  private take(piece: Piece): void {
    piece.text = piece.text.normalize('NFC');
    if (this.seen.length < SEEN) this.seen += piece.text.slice(0, SEEN - this.seen.length);
    this.scan.see(piece.text, this.line);
    this.line += countLineBreaks(piece.text);
    if (this.blank && piece.text.trim() !== '') this.blank = false;
    if (this.scan.destroyedText() || this.scan.doubleEncoded()) this.failed = true;
    if (this.failed) return void (this.held = []);
    if (this.font) return this.give(piece);
    if (!this.scan.nonAscii) return this.give(piece);
    this.held.push(piece);
    if (this.scan.fontSampled) this.decideFont();
  }

  private decideFont(): void {
    const legacy = this.scan.legacyFont();
    this.font = { decided: true };
    if (legacy) {
      const { font, samples } = legacy;
      const at = { file: this.file, line: legacy.line };
      if (font === 'TCVN3' && this.opts.convertTcvn3) {
        // Raw TCVN3 bytes convert directly; TCVN3 characters inside Unicode text go word by word.
        const ansi = this.encoding === 'windows-1258';
        this.font.convert = (p) => (ansi && p.raw ? iconv.decode(Buffer.from(p.raw), 'tcvn').normalize('NFC') : convertTcvn3Text(p.text));
        this.font.diagnostic = diag('INPUT_TCVN3_CONVERTED', 'info', at, { samples, converted: samples.map(convertTcvn3Text) });
      } else {
        this.font.diagnostic = diag('INPUT_LEGACY_FONT', 'error', at, { font, samples });
        if (!this.scan.doubleEncoded()) this.failed = true;
      }
      if (font === 'TCVN3') this.encoding = 'tcvn3';
    }
    const held = this.held;
    this.held = [];
    for (const p of held) this.give(p);
  }

  private give(piece: Piece): void {
    if (this.failed) return;
    this.onText(this.font?.convert ? this.font.convert(piece) : piece.text);
  }
}

/** Whether the U+FFFD at `index` of the decoded text was written as such (EF BF BD), not made from a bad byte. */
function isEncodedReplacement(bytes: Uint8Array, index: number): boolean {
  return bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd;
}

export interface Decoded {
  text?: string;
  encoding?: Encoding;
  diagnostics: Diagnostic[];
}

/** A whole file's bytes decoded at once (the text is undefined for a file that is not text). */
export function decodeBytes(bytes: Uint8Array, file: string, opts: { convertTcvn3?: boolean } = {}): Decoded {
  const pieces: string[] = [];
  const decoder = new SheetDecoder(file, opts, (text) => pieces.push(text));
  decoder.push(bytes);
  decoder.end();
  const { encoding, diagnostics } = decoder;
  return encoding === undefined ? { diagnostics } : { text: pieces.join(''), encoding, diagnostics };
}
