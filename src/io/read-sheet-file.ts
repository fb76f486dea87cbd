// Reads a score or survey sheet from a file or stdin (`-`), opened once and read once: a regular
// file under 1 MiB whole, through the sync steps of read-sheet.ts; anything larger, a pipe or stdin
// in chunks through the same steps with csv-parse's stream API, so memory stays flat in the number
// of rows and a pipe gives exactly what the same bytes in a file give. Devices and inputs past the
// size limit are refused before anything is read.
import { createReadStream, readFileSync } from 'node:fs';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SheetDecoder } from './decode.js';
import { detectDelimiter } from './detect-delimiter.js';
import { createCsvStream } from './parse-csv.js';
import { rowCollector, streamSheet, type readSheet } from './read-sheet.js';
import { RecordReader } from './record-reader.js';
import type { ReadSheetOptions, SheetHead, SheetRow } from './sheet-types.js';
import { DEFAULT_LIMIT, wholeLimit, type InputLimit } from './input-limit.js';
import { hashFd, openInput, tooLarge } from './read-input.js';
import { createSha256, sha256 } from './sha256.js';
import { fdLooksLikeWorkbook, looksLikeWorkbook, streamWorkbook } from './workbook.js';
import type { InputSource } from './input-source.js';

/** Regular files smaller than this are read whole: a district's or a province's sheets. */
const WHOLE_BYTES = 1 << 20;
/** The delimiter is told from the first 64 K characters. */
const DELIMITER_SAMPLE = 64 * 1024;
const CHUNK = 64 * 1024;

export interface SheetFileOptions extends ReadSheetOptions {
  /** Compute the input's SHA-256 as it is read (a report that shows it). */
  hash?: boolean;
  /** The largest input read (CCHC_MAX_INPUT on the command line); 2 GiB by default. */
  limit?: InputLimit;
}

export interface SheetFileRead {
  head?: SheetHead;
  diagnostics: Diagnostic[];
  /** The SHA-256 of the bytes read, when asked for; '' otherwise. */
  sha256: string;
  /** False when the input cannot be read a second time (stdin, a pipe): its hash was computed as it was read. */
  regular: boolean;
}

/**
 * Reads the sheet of `source` (a file, stdin or bytes), handing over its data rows as they are read.
 * A workbook (recognised by its first bytes) is read by src/io/workbook.ts: `book.xlsx#Điểm` names
 * its sheet.
 */
export async function readSheetFile(source: InputSource, given: SheetFileOptions, onRow: (row: SheetRow) => void): Promise<SheetFileRead> {
  const { path, sheet, bytes } = source;
  const opts = sheet === undefined ? given : { ...given, sheet };
  if (bytes) return readSheetBytes(bytes, opts, onRow);
  const opened = openInput(path, opts.file, opts.limit);
  if ('diagnostics' in opened) return { diagnostics: opened.diagnostics, sha256: '', regular: true };
  const { fd, stat } = opened;
  const regular = stat.isFile();
  try {
    if (regular && fdLooksLikeWorkbook(fd)) return { ...streamWorkbook({ fd, size: stat.size }, opts, onRow), sha256: opts.hash ? hashFd(fd) : '', regular };
    if (regular && opts.sheet !== undefined) return { diagnostics: [notAWorkbook(opts.file, opts.sheet)], sha256: '', regular };
    if (regular && stat.size < WHOLE_BYTES) {
      const bytes = readFileSync(fd);
      return { ...streamSheet(bytes, opts, onRow), sha256: opts.hash ? sha256(bytes) : '', regular };
    }
    const chunks = createReadStream('', { fd, autoClose: false, highWaterMark: CHUNK }) as AsyncIterable<Buffer>;
    if (!regular) {
      // A pipe or stdin: a workbook is known by its first chunk, and held whole (a zip is read from its end).
      const piped = await workbookFromPipe(chunks, opts, onRow);
      if ('chunks' in piped) return { ...(await streamSheetChunks(piped.chunks, { ...opts, hash: true }, onRow)), regular };
      return { ...piped, regular };
    }
    return { ...(await streamSheetChunks(chunks, { ...opts, hash: opts.hash === true }, onRow)), regular };
  } finally {
    opened.close();
  }
}

/** Bytes a program handed over: a workbook or a CSV, as a file of those bytes would be read. */
function readSheetBytes(bytes: Uint8Array, opts: SheetFileOptions, onRow: (row: SheetRow) => void): SheetFileRead {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const hash = opts.hash ? sha256(bytes) : '';
  if (bytes.length > limit.bytes) return { diagnostics: [tooLarge(opts.file, bytes.length, limit)], sha256: '', regular: true };
  if (looksLikeWorkbook(bytes)) return { ...streamWorkbook(bytes, opts, onRow), sha256: hash, regular: true };
  if (opts.sheet !== undefined) return { diagnostics: [notAWorkbook(opts.file, opts.sheet)], sha256: '', regular: true };
  return { ...streamSheet(bytes, opts, onRow), sha256: hash, regular: true };
}

/** `scores.csv#Điểm`: a sheet named after a file that is no workbook. */
const notAWorkbook = (file: string, sheet: string): Diagnostic => diag('INPUT_XLSX_SHEET_UNKNOWN', 'error', { file }, { sheet, sheets: '' });

/** A workbook from a pipe (its rows read, its hash computed), or the chunks as they came for the CSV path. */
async function workbookFromPipe(chunks: AsyncIterable<Buffer>, opts: SheetFileOptions, onRow: (row: SheetRow) => void): Promise<{ chunks: AsyncIterable<Buffer> } | { head?: SheetHead; diagnostics: Diagnostic[]; sha256: string }> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => it };
  if (first.done || !looksLikeWorkbook(first.value)) {
    return { chunks: (async function* () {
      if (!first.done) yield first.value;
      yield* rest;
    })() };
  }
  // Held whole in one buffer: no larger than the system can hold, whatever CCHC_MAX_INPUT says.
  const limit = wholeLimit(opts.limit ?? DEFAULT_LIMIT);
  const parts = [first.value];
  let bytes = first.value.length;
  for await (const chunk of rest) {
    bytes += chunk.length;
    if (bytes > limit.bytes) return { diagnostics: [tooLarge(opts.file, bytes, limit)], sha256: '' };
    parts.push(chunk);
  }
  const whole = Buffer.concat(parts);
  return { ...streamWorkbook(whole, opts, onRow), sha256: sha256(whole) };
}

/** readSheetFile, collecting the rows: for the sheets held whole (scores, self-assessment, rankings). */
export async function readWholeSheetFile(source: InputSource, opts: SheetFileOptions): Promise<ReturnType<typeof readSheet> & Omit<SheetFileRead, 'head' | 'diagnostics'>> {
  const { rows, onRow } = rowCollector();
  const read = await readSheetFile(source, opts, onRow);
  const { head, diagnostics, sha256, regular } = read;
  return head ? { sheet: { ...head, rows }, diagnostics, sha256, regular } : { diagnostics, sha256, regular };
}

/**
 * The steps of streamSheet over bytes that come in chunks, with csv-parse's stream API. `pieceSize`
 * (tests only) makes the decoder's pieces smaller than its 64 K.
 */
export async function streamSheetChunks(
  chunks: AsyncIterable<Uint8Array>,
  opts: SheetFileOptions & { pieceSize?: number },
  onRow: (row: SheetRow) => void,
): Promise<{ head?: SheetHead; diagnostics: Diagnostic[]; sha256: string }> {
  const { file } = opts;
  const hasher = opts.hash ? createSha256() : undefined;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const pieces: string[] = [];
  const decoder = new SheetDecoder(file, { convertTcvn3: opts.convertTcvn3 ?? false, pieceSize: opts.pieceSize }, (text) => pieces.push(text));
  let csv: ReturnType<typeof createCsvStream> | undefined;
  let reader: RecordReader | undefined;
  let sample = 0;
  /** Hands the decoded pieces to csv-parse, once the first 64 K characters told the delimiter. */
  const flush = async (last: boolean): Promise<void> => {
    if (!csv) {
      sample = pieces.reduce((n, p) => n + p.length, 0);
      if (sample < DELIMITER_SAMPLE && !last) return;
      if (pieces.length === 0 || decoder.encoding === undefined) return;
      const first = pieces.join('');
      pieces.length = 0;
      const { delimiter, start, startLine } = detectDelimiter(first);
      reader = new RecordReader(opts, { encoding: decoder.encoding, delimiter, startLine }, onRow);
      const r = reader;
      csv = createCsvStream(delimiter, (cells, mayBreak) => r.push(cells, mayBreak));
      pieces.push(first.slice(start));
    }
    for (const piece of pieces.splice(0)) await csv.write(piece);
  };
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > limit.bytes) return { diagnostics: [tooLarge(file, bytes, limit)], sha256: '' };
    hasher?.update(chunk);
    decoder.push(chunk);
    // Not text at all (a workbook, zeros from a device): nothing more to read.
    if (decoder.failed && decoder.encoding === undefined) break;
    await flush(false);
  }
  decoder.end();
  await flush(true);
  const sha256 = hasher?.digest('hex') ?? '';
  const stop = await csv?.end();
  const diagnostics = decoder.diagnostics;
  // Damaged text: what the rows said would only be follow-up errors of it.
  if (hasErrors(diagnostics) || !reader) {
    if (!hasErrors(diagnostics) && decoder.blank) diagnostics.push(diag('INPUT_EMPTY_FILE', 'error', { file }, {}));
    return { diagnostics, sha256 };
  }
  if (decoder.blank) return { diagnostics: [...diagnostics, diag('INPUT_EMPTY_FILE', 'error', { file }, {})], sha256 };
  const read = reader.end(stop);
  return { ...read, diagnostics: [...diagnostics, ...read.diagnostics], sha256 };
}
