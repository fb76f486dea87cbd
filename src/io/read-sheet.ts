// Reads a score or survey CSV held in memory: decoding (src/io/decode.ts), the delimiter, csv-parse's
// sync API (src/io/parse-csv.ts), then the header, the rows around the data and each row's fit
// (src/io/record-reader.ts). Files and pipes are read by src/io/read-sheet-file.ts through the
// same steps.
import { hasErrors, diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeBytes } from './decode.js';
import { detectDelimiter } from './detect-delimiter.js';
import { parseCsvText } from './parse-csv.js';
import { RecordReader } from './record-reader.js';
import type { ReadSheetOptions, SheetHead, SheetRow } from './sheet-types.js';

export type { Detected, ReadSheetOptions, SheetHead, SheetRow } from './sheet-types.js';

/** The rows of a CSV held in memory, handed over one by one as they are read. */
export function streamSheet(bytes: Uint8Array, opts: ReadSheetOptions, onRow: (row: SheetRow) => void): { head?: SheetHead; diagnostics: Diagnostic[] } {
  const { file } = opts;
  const decoded = decodeBytes(bytes, file, { convertTcvn3: opts.convertTcvn3 ?? false });
  const { text, encoding, diagnostics } = decoded;
  // Damaged text would only produce a flood of follow-up errors: stop at the cause.
  if (text === undefined || encoding === undefined || hasErrors(diagnostics)) return { diagnostics };
  if (text.trim() === '') return { diagnostics: [...diagnostics, diag('INPUT_EMPTY_FILE', 'error', { file }, {})] };
  const { delimiter, start, startLine } = detectDelimiter(text);
  const reader = new RecordReader(opts, { encoding, delimiter, startLine }, onRow);
  const stop = parseCsvText(start > 0 ? text.slice(start) : text, delimiter, (cells, mayBreak) => reader.push(cells, mayBreak));
  const read = reader.end(stop);
  return { ...read, diagnostics: [...diagnostics, ...read.diagnostics] };
}

const SHARED_CELLS = 1 << 16;

/** Keeps the rows handed over; their cells are shared (a national scores sheet repeats a few hundred values 600,000 times). */
export function rowCollector(): { rows: SheetRow[]; onRow: (row: SheetRow) => void } {
  const rows: SheetRow[] = [];
  const shared = new Map<string, string>();
  const share = (cell: string): string => {
    const known = shared.get(cell);
    if (known !== undefined) return known;
    if (shared.size < SHARED_CELLS) shared.set(cell, cell);
    return cell;
  };
  return { rows, onRow: (row) => rows.push(row.numbers ? { line: row.line, cells: row.cells.map(share), numbers: row.numbers } : { line: row.line, cells: row.cells.map(share) }) };
}

/** streamSheet, collecting the rows: for files small enough to hold. */
export function readSheet(bytes: Uint8Array, opts: ReadSheetOptions): { sheet?: SheetHead & { rows: SheetRow[] }; diagnostics: Diagnostic[] } {
  const { rows, onRow } = rowCollector();
  const { head, diagnostics } = streamSheet(bytes, opts, onRow);
  return head ? { sheet: { ...head, rows }, diagnostics } : { diagnostics };
}
