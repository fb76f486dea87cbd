// Decoded text → records, by csv-parse: its sync API for a text held whole, its stream API for text
// that comes in pieces (a large file, a pipe). Both with the same options and the same consumer, so
// that a file gives the same records and the same messages however it is read.
import { parse as parseStream, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { Delimiter } from './detect-delimiter.js';

/**
 * The longest record read (in bytes): real sheets' rows are a few kilobytes. A quote that is never
 * closed would otherwise take the rest of a file, however large, into one cell.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/** Why the records stopped before the end of the text. */
export type CsvStop = { kind: 'unclosed-quote' | 'record-too-long'; column: number };

/** Receives each record's fields (untrimmed) and whether the record spans more than one line. */
export type OnRecord = (cells: string[], multiline: boolean) => void;

function options(delimiter: Delimiter, onRecord: OnRecord): Options {
  let lines = 0;
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
    on_record: (record: string[], info: { lines: number }) => {
      // csv-parse counts a line when it passes a line break: more than one since the last record
      // means a quoted cell holds a line break (its count of CRLF in quotes is two, so the reader
      // counts those lines itself).
      onRecord(record, info.lines - lines > 1);
      lines = info.lines;
      return null;
    },
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

/** The records of a whole text; a stop when the text ends inside a quote or a record is too long. */
export function parseCsvText(text: string, delimiter: Delimiter, onRecord: OnRecord): CsvStop | undefined {
  try {
    parseSync(text, options(delimiter, onRecord));
    return undefined;
  } catch (error) {
    return stopOf(error);
  }
}

/** The records of a text given piece by piece: write() each piece, then await end(). */
export function createCsvStream(delimiter: Delimiter, onRecord: OnRecord) {
  const parser = parseStream(options(delimiter, onRecord));
  let failure: unknown;
  const done = new Promise<void>((resolve) => {
    parser.on('error', (error) => {
      failure = error;
      resolve();
    });
    parser.on('end', () => resolve());
  });
  // Every record is taken by on_record: the readable side only ever sees the end.
  parser.resume();
  return {
    /** Resolves when csv-parse can take more (it holds no record, so that is at once unless it failed). */
    async write(piece: string): Promise<void> {
      if (failure !== undefined || parser.write(piece)) return;
      await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), done]);
    },
    async end(): Promise<CsvStop | undefined> {
      if (failure === undefined) parser.end();
      await done;
      return failure === undefined ? undefined : stopOf(failure);
    },
  };
}
