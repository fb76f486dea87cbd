// Decoded text → records, by csv-parse: its sync API for a text held whole, its stream API for text
// that comes in pieces (a large file, a pipe). Both with the same options and the same consumer, so
// that a file gives the same records and the same messages however it is read.
import { Parser, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { Delimiter } from './detect-delimiter.js';

/**
 * The longest record read (in bytes): real sheets' rows are a few kilobytes. A quote that is never
 * closed would otherwise take the rest of a file, however large, into one cell.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/** Why the records stopped before the end of the text. */
export type CsvStop = { kind: 'unclosed-quote' | 'record-too-long'; column: number };

/**
 * Receives each record's fields, untrimmed; `mayBreak` false when no record of the text holds a
 * line break in a cell (each then starts on the line after the one before), so that its cells
 * need not be looked through for one.
 */
export type OnRecord = (cells: string[], mayBreak: boolean) => void;

function options(delimiter: Delimiter, onStop: (stop: CsvStop) => void): Options {
  return {
    delimiter,
    // Any of CRLF, LF or a lone CR ends a record, even mixed in one file.
    record_delimiter: ['\r\n', '\n', '\r'],
    // A quote inside a cell (`ab"c`, `"a"b`) is kept as text: the cell then reaches its reader, which
    // says what is wrong with it where it is, instead of the whole file failing.
    relax_quotes: true,
    // Rows shorter or longer than the header are the reader's to judge (src/io/shape-row.ts).
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
    // The records before the one that fails are read, and the failure said where it is.
    skip_records_with_error: true,
    on_skip: (error) => void onStop(stopOf(error)),
  };
}

/** What a csv-parse error means for the clerk; any other error is a fault of ours (thrown on). */
function stopOf(error: unknown): CsvStop {
  const e = error as CsvError & { column?: number };
  const column = (e.column ?? 0) + 1;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return { kind: 'unclosed-quote', column };
  if (e.code === 'CSV_MAX_RECORD_SIZE') return { kind: 'record-too-long', column };
  throw error;
}

/** csv-parse's core, which the stream parser drives and whose `parse` runs synchronously (csv-parse/sync does the same). */
interface ParserCore {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  state: { record: unknown[]; expectedRecordLength?: number };
  __onRecord?: (this: ParserCore, push: unknown) => unknown;
}

/**
 * A csv-parse stream parser whose records may have any length at no cost. With
 * relax_column_count csv-parse still builds (and deep-copies, through JSON) a CsvError for every
 * record whose length differs from the first one's, ~20 µs each: a blank line or a row of `,`
 * under a 44-column header. The length it expects is made the record's own, so that error is
 * never built; the rows' lengths are judged by src/io/shape-row.ts anyway. Should a later
 * csv-parse keep its state elsewhere, `fastLengths` is false (test/io/blank-rows-cost.test.ts
 * fails) and records are still read right, only slower.
 */
export function createParser(delimiter: Delimiter, onStop: (stop: CsvStop) => void): { parser: Parser; core?: ParserCore; fastLengths: boolean } {
  const parser = new Parser(options(delimiter, onStop));
  const core = (parser as unknown as { api?: ParserCore }).api;
  const state = core?.state;
  const onRecord = core?.__onRecord;
  const fastLengths = state !== undefined && 'expectedRecordLength' in state && Array.isArray(state.record) && typeof onRecord === 'function';
  // Set as a plain value before each record is judged: a getter on csv-parse's state would slow
  // every access to it (~7% of a district's parse, cold).
  if (core && state && onRecord && fastLengths) {
    core.__onRecord = function (push) {
      state.expectedRecordLength = state.record.length;
      return onRecord.call(this, push);
    };
  }
  return core ? { parser, core, fastLengths } : { parser, fastLengths };
}

/** The records of a whole text, handed on as read; a stop when the text ends inside a quote or a record is too long. */
export function parseCsvText(text: string, delimiter: Delimiter, onRecord: OnRecord): CsvStop | undefined {
  let stop: CsvStop | undefined;
  const onStop = (s: CsvStop) => void (stop ??= s);
  // Only a quoted cell holds a line break: without a quote, each record starts on the line after the one before.
  const mayBreak = text.includes('"');
  const { core } = createParser(delimiter, onStop);
  if (core) {
    // Each record goes on as it is read, none kept: a text of a million blank lines holds no million records.
    const error = core.parse(Buffer.from(text), true, (record) => onRecord(record, mayBreak), () => undefined);
    if (error !== undefined) throw error;
  } else {
    for (const record of parseSync(text, options(delimiter, onStop)) as string[][]) onRecord(record, mayBreak);
  }
  return stop;
}

/** The records of a text given piece by piece: write() each piece, then await end(). */
export function createCsvStream(delimiter: Delimiter, onRecord: OnRecord) {
  let stop: CsvStop | undefined;
  const { parser } = createParser(delimiter, (s) => (stop ??= s));
  let failure: unknown;
  const done = new Promise<void>((resolve) => {
    parser.on('error', (error) => {
      failure = error;
      resolve();
    });
    parser.on('end', () => resolve());
  });
  // csv-parse counts a line as it passes a line break: a record that moved the count by one held
  // none in a cell. Any other step (two or more: a quoted line break; none: records handed on
  // in a batch) has its cells looked through, so the lines stay right however records arrive.
  let lines = 0;
  parser.on('data', (record: string[]) => {
    const now = parser.info.lines;
    onRecord(record, now - lines !== 1);
    lines = now;
  });
  return {
    /** Resolves when csv-parse can take more. */
    async write(piece: string): Promise<void> {
      if (failure !== undefined || parser.write(piece)) return;
      await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), done]);
    },
    async end(): Promise<CsvStop | undefined> {
      if (failure === undefined) parser.end();
      await done;
      // Our options leave csv-parse nothing to fail on but a fault of ours.
      if (failure !== undefined) throw failure;
      return stop;
    },
  };
}
