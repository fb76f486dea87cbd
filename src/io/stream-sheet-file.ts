// A large sheet (a national survey: 300,000 forms, 14 MB) read from its file in chunks, so that
// memory stays flat in the number of rows instead of holding the bytes and the decoded text (two
// bytes a character) whole. A first pass checks that the file is one streamSheet would read
// without a word to say: UTF-8, nothing that looks damaged, not blank. Only then does a second
// pass decode, normalise and scan it chunk by chunk; any other file is left to streamSheet.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { FONT_SAMPLE, findLegacyFont, mayBeDoubleEncoded } from './detect-damaged-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { readRecords, type ReadSheetOptions, type SheetHead, type SheetRow } from './read-sheet.js';
import { ChunkedScanner } from './scan-csv-chunks.js';
import { sniffContainer } from './sniff-container.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';

export interface StreamFileOptions {
  /** Smaller files are read whole (the default: 4 MiB). */
  minBytes?: number;
  /** Bytes read at a time (the default: 32 KiB: its text stays below V8's large-object size, and dies young). */
  chunkBytes?: number;
  /**
   * For a caller that throws away the rows it was given when the answer is undefined (a worker
   * thread): the file is checked as it is read, in one pass instead of two.
   */
  onePass?: boolean;
  /** false: no SHA-256 is computed (sha256 is then ''): a report that does not show it needs none. */
  hash?: boolean;
}

export interface StreamedFile {
  head?: SheetHead;
  diagnostics: Diagnostic[];
  sha256: string;
}

/** detectDelimiter looks at the first 64 K characters. */
const DELIMITER_SAMPLE = 64 * 1024;

/**
 * streamSheet over a large file, read in chunks; undefined when the file is small, unreadable,
 * or not plain clean UTF-8 (streamSheet then reads it whole, and says what it finds).
 */
export function streamSheetFile(path: string, opts: ReadSheetOptions, onRow: (row: SheetRow) => void, sizes: StreamFileOptions = {}): StreamedFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const chunkBytes = sizes.chunkBytes ?? 32 << 10;
    const minBytes = sizes.minBytes ?? 4 << 20;
    const hash = sizes.hash ?? true;
    if (sizes.onePass) return onePass(fd, minBytes, chunkBytes, opts, onRow, hash);
    const checked = checkFile(fd, minBytes, chunkBytes, hash);
    if (!checked) return undefined;
    // From here on rows are handed over: a failure is the file's (it changed while read), not a cue to read it again.
    const { bom, sha256 } = checked;
    try {
      return { ...scanPieces(textPieces(fd, bom, chunkBytes), bom, opts, onRow), sha256 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { diagnostics: [diag('INPUT_FILE_UNREADABLE', 'error', { file: opts.file }, { reason })], sha256 };
    }
  } finally {
    closeSync(fd);
  }
}

/** The records of the pieces, as readRecords reads them (the delimiter found in the first 64 K). */
function scanPieces(pieces: Iterator<string, void>, bom: number, opts: ReadSheetOptions, onRow: (row: SheetRow) => void): { head?: SheetHead; diagnostics: Diagnostic[] } {
  let first = '';
  while (first.length < DELIMITER_SAMPLE) {
    const p = pieces.next();
    if (p.done) break;
    first += p.value;
  }
  const { delimiter, start, startLine } = detectDelimiter(first);
  const scanner = new ChunkedScanner(first, pieces, delimiter, start, startLine);
  const found = { encoding: bom ? ('utf-8-bom' as const) : ('utf-8' as const), delimiter, startLine, diagnostics: [] };
  return readRecords(scanner, found, opts, onRow);
}

/** Sizes, checks, hashes and scans in one go; undefined (rows to be thrown away) if not clean. */
function onePass(fd: number, minBytes: number, chunkBytes: number, opts: ReadSheetOptions, onRow: (row: SheetRow) => void, withHash: boolean): StreamedFile | undefined {
  try {
    const bom = plainUtf8(fd, minBytes);
    if (bom === undefined) return undefined;
    const hash = hasher(withHash);
    const check = new CleanCheck();
    const pieces = checked(textPieces(fd, bom, chunkBytes, hash.update), check);
    const read = scanPieces(pieces, bom, opts, onRow);
    while (!pieces.next().done); // what the reader left (after a footer, say): for the checks and the hash
    return check.end() ? { ...read, sha256: hash.digest() } : undefined;
  } catch {
    return undefined; // not clean, invalid UTF-8, a read error
  }
}

/** The BOM length of a large enough UTF-8 file (with or without BOM); undefined for anything else. */
function plainUtf8(fd: number, minBytes: number): number | undefined {
  const stat = fstatSync(fd);
  if (!stat.isFile() || stat.size < minBytes) return undefined;
  const sniffed = sniffContainer(readAt(fd, 0, 4096));
  return sniffed.kind || (sniffed.encoding !== 'utf-8' && sniffed.encoding !== 'utf-8-bom') ? undefined : sniffed.bomLength;
}

/** The first pass: large enough, plain UTF-8 and clean (see CleanCheck); its BOM length and SHA-256. */
function checkFile(fd: number, minBytes: number, chunkBytes: number, withHash: boolean): { bom: number; sha256: string } | undefined {
  try {
    const bom = plainUtf8(fd, minBytes);
    if (bom === undefined) return undefined;
    const hash = hasher(withHash);
    const check = new CleanCheck();
    for (const piece of textPieces(fd, bom, chunkBytes, hash.update)) if (!check.see(piece)) return undefined;
    return check.end() ? { bom, sha256: hash.digest() } : undefined;
  } catch {
    return undefined; // invalid UTF-8 (decoding is fatal here) or a read error: streamSheet decides
  }
}

/** The file's SHA-256 as its bytes go by; with `on` false, none (digest() is ''). */
function hasher(on: boolean): { update?: (bytes: Uint8Array) => void; digest: () => string } {
  if (!on) return { digest: () => '' };
  const hash = createHash('sha256');
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') };
}

function readAt(fd: number, position: number, length: number): Uint8Array {
  const buf = Buffer.alloc(length);
  return buf.subarray(0, readSync(fd, buf, 0, length, position));
}

/**
 * The file's text as decodeBytes makes it (UTF-8 without its BOM, NFC), in pieces that each end
 * with a line feed, or at the end of the file. NFC of the whole is NFC of the pieces: a line feed
 * composes with nothing. Throws on invalid UTF-8.
 */
function* textPieces(fd: number, bom: number, chunkBytes: number, onBytes?: (bytes: Uint8Array) => void): Generator<string, void, undefined> {
  // As decodeBytes: a BOM file is decoded past its BOM with BOM stripping on, a plain one with it
  // off. Only the first piece is at the start of the stream: every later one is decoded as is.
  const first = new TextDecoder('utf-8', bom ? { fatal: true } : { fatal: true, ignoreBOM: true });
  const later = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let decoded = false;
  // Whole lines of bytes are decoded at once (a line feed is never part of a longer UTF-8
  // sequence): each piece is then a string of its own, not a slice of one joined to the carry
  // before it, and scanning a flat string is ~15% faster. The bytes after the last line feed
  // move to the front of the buffer and wait for the rest of their line.
  let buf = Buffer.allocUnsafe(chunkBytes);
  let carry = 0;
  let start = bom;
  const decode = (end: number): string => {
    const text = (decoded ? later : first).decode(buf.subarray(start, end));
    decoded = true;
    start = 0;
    return text.normalize('NFC');
  };
  for (let position = 0; ; ) {
    if (carry === buf.length) {
      // A line longer than the buffer: a larger one.
      const larger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(larger, 0, 0, carry);
      buf = larger;
    }
    const n = readSync(fd, buf, carry, buf.length - carry, position);
    if (n === 0) break;
    onBytes?.(buf.subarray(carry, carry + n));
    position += n;
    const end = carry + n;
    const cut = buf.lastIndexOf(10, end - 1) + 1;
    if (cut > start) yield decode(cut);
    // Kept: the bytes after the last line feed, or after the BOM (or what of it was read).
    const keep = Math.min(Math.max(cut, start), end);
    buf.copy(buf, 0, keep, end);
    carry = end - keep;
    start -= Math.min(start, keep);
  }
  if (carry > start) {
    const rest = decode(carry);
    if (rest !== '') yield rest;
  }
}

/**
 * Whether decodeBytes would return the text with no diagnostic, piece by piece: no `?` or U+FFFD
 * (findDestroyed), no pair findDoubleEncoded looks at, no legacy font in the first megabyte
 * (findLegacyFont), not blank.
 */
class CleanCheck {
  private sample = '';
  private ascii = true;
  private blank = true;

  /** False as soon as a piece shows something streamSheet would have a word about. */
  see(piece: string): boolean {
    if (piece.includes('?') || piece.includes('\ufffd')) return false;
    if (this.ascii && /[^\x00-\x7f]/.test(piece)) this.ascii = false;
    if (!this.ascii && mayBeDoubleEncoded(piece)) return false;
    if (this.sample.length < FONT_SAMPLE) this.sample += piece.slice(0, FONT_SAMPLE - this.sample.length);
    if (this.blank && piece.trim() !== '') this.blank = false;
    return true;
  }

  /** Once every piece was seen. */
  end(): boolean {
    return !this.blank && (this.ascii || findLegacyFont(this.sample) === undefined);
  }
}

const NOT_CLEAN = new Error('not clean');

/** The pieces, each seen by `check` as it is read; throws NOT_CLEAN at the first that fails. */
function* checked(pieces: Iterable<string>, check: CleanCheck): Generator<string, void, undefined> {
  for (const piece of pieces) {
    if (!check.see(piece)) throw NOT_CLEAN;
    yield piece;
  }
}
