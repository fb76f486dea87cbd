// Reads a score or survey CSV as spreadsheets export it: finds the delimiter and the header row
// under any title block, leaves out totals, section headings and the signature block, and hands
// each data row over as it is read, so memory does not grow with the number of rows.
import { diag, hasErrors, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import type { SkipReason } from '../diagnostics/codes-input.js';
import { cleanText } from '../text/normalize.js';
import { classifyRow } from './classify-row.js';
import { decodeBytes, type Encoding } from './decode.js';
import { detectDelimiter, type Delimiter } from './detect-delimiter.js';
import { findHeader, mergeUpperHeader, type RawRecord } from './find-header.js';
import { readHeader } from './read-header.js';
import { CsvScanner, mayBeSpace } from './scan-csv.js';
import { makeRowShaper } from './shape-row.js';

export interface SheetRow {
  line: number;
  cells: string[];
}
export interface Detected {
  encoding: Encoding;
  delimiter: Delimiter;
  headerLine: number;
  skipped: { line: number; reason: SkipReason }[];
}
export interface ReadSheetOptions {
  file: string;
  isKnownHeader: (key: string) => boolean;
  minKnownHeaders?: number;
  convertTcvn3?: boolean;
  /** Called once the header is known, before the first row (e.g. to choose how to read the rows). */
  onHead?: (head: SheetHead) => void;
  /** Called every few thousand records with how many were read (a progress display for long reads). */
  onProgress?: (records: number) => void;
}
export interface SheetHead {
  file: string;
  header: string[];
  headerLine: number;
  detected: Detected;
}


const PROGRESS_EVERY = 8192;

/** How many records are looked at for the header: a title block is a few lines, never pages. */
const HEADER_WINDOW = 50;

export function streamSheet(
  bytes: Uint8Array,
  opts: ReadSheetOptions,
  onRow: (row: SheetRow) => void,
): { head?: SheetHead; diagnostics: Diagnostic[] } {
  const { file } = opts;
  const decoded = decodeBytes(bytes, file, { convertTcvn3: opts.convertTcvn3 ?? false });
  const diagnostics = decoded.diagnostics;
  const text = decoded.text;
  // Damaged text would only produce a flood of follow-up errors: stop at the cause.
  if (text === undefined || decoded.encoding === undefined || hasErrors(diagnostics)) return { diagnostics };
  if (text.trim() === '') return { diagnostics: [...diagnostics, diag('INPUT_EMPTY_FILE', 'error', { file }, {})] };

  const { delimiter, start, startLine } = detectDelimiter(text);
  const scanner = new CsvScanner(text, delimiter, start, startLine);
  return readRecords(scanner, { encoding: decoded.encoding, delimiter, startLine, diagnostics }, opts, onRow);
}

/** What readRecords pulls records from: a CsvScanner over the whole text, or over a large file's chunks. */
export type RecordSource = Pick<CsvScanner, 'next' | 'line' | 'unclosed'> & Partial<Pick<CsvScanner, 'spaced'>>;

/** Records → the header and the data rows: shared by whole texts and large files read in chunks. */
export function readRecords(
  scanner: RecordSource,
  found: { encoding: Encoding; delimiter: Delimiter; startLine: number; diagnostics: Diagnostic[] },
  opts: ReadSheetOptions,
  onRow: (row: SheetRow) => void,
): { head?: SheetHead; diagnostics: Diagnostic[] } {
  const { file } = opts;
  const { encoding, delimiter, startLine, diagnostics } = found;
  // A record whose quote never closes runs to the end of the file: it is not a row (its cells
  // would be the rest of the file, and every value after it missing), only the place of the error.
  const next = () => {
    const cells = scanner.next();
    return scanner.unclosed ? undefined : cells;
  };
  const unclosed = (header: readonly string[]): Diagnostic => {
    const { line, column } = scanner.unclosed as { line: number; column: number };
    const name = header[column - 1];
    return diag('INPUT_UNCLOSED_QUOTE', 'error', { file, line, column, ...(name ? { header: name } : {}) }, {});
  };
  const window: RawRecord[] = [];
  for (let cells = next(); cells; cells = window.length < HEADER_WINDOW ? next() : undefined) {
    window.push({ line: scanner.line, cells });
  }
  const h = findHeader(window, opts.isKnownHeader, opts.minKnownHeaders ?? 1);
  const headerRecord = window[h];
  if (!headerRecord && scanner.unclosed) return { diagnostics: [...diagnostics, unclosed([])] };
  if (!headerRecord) {
    const first = window.find((r) => r.cells.some((c) => c.trim() !== ''));
    const firstText = first?.cells.map(cleanText).filter((c) => c !== '').join(' | ').slice(0, 120);
    const args = { scanned: window.length, ...(firstText ? { firstText } : {}) };
    diagnostics.push(diag('INPUT_HEADER_NOT_FOUND', 'error', { file, line: first?.line ?? startLine }, args));
    return { diagnostics };
  }

  const skipped: Detected['skipped'] = window
    .slice(0, h)
    .map((r) => ({ line: r.line, reason: r.cells.every((c) => c.trim() === '') ? 'empty' : 'title' }));
  const headerCells = mergeUpperHeader(window[h - 1]?.cells, headerRecord.cells, opts.isKnownHeader);
  const shape = readHeader(headerCells, file, headerRecord.line, diagnostics);
  const { header } = shape;
  const headerLine = headerRecord.line;
  const head: SheetHead = { file, header, headerLine, detected: { encoding, delimiter, headerLine, skipped } };
  const fit = makeRowShaper(shape, file, delimiter, diagnostics);
  opts.onHead?.(head);

  let footer: { loc: Location; text: string } | undefined;
  let ignoredRows = 0;
  // `spaced` false: the scanner saw no cell of the record begin or end with white space.
  const take = (cells: string[], line: number, spaced = true): void => {
    if (spaced) for (let k = 0; k < cells.length; k++) {
      // Most cells have nothing to trim: trim() is called only when an end may be white space.
      const cell = cells[k] as string;
      if (cell !== '' && (mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(cell.length - 1)))) cells[k] = cell.trim();
    }
    const kind = classifyRow(cells);
    if (footer) {
      if (kind !== 'empty') ignoredRows++;
      return;
    }
    if (kind === 'data') {
      const fitted = fit(cells, line);
      if (fitted) onRow({ line, cells: fitted });
      return;
    }
    skipped.push({ line, reason: kind });
    const text = cells.filter((c) => c !== '').join(' ');
    const column = cells.findIndex((c) => c !== '') + 1;
    const loc: Location = { file, line, column, ...(header[column - 1] ? { header: header[column - 1] } : {}) };
    if (kind === 'total') diagnostics.push(diag('INPUT_TOTAL_ROW_SKIPPED', 'info', loc, { text }));
    else if (kind === 'section') diagnostics.push(diag('INPUT_SECTION_ROW_SKIPPED', 'info', loc, { text }));
    else if (kind === 'footer') footer = { loc, text };
  };

  for (const r of window.slice(h + 1)) take(r.cells, r.line);
  window.length = 0;
  let records = 0;
  for (let cells = next(); cells; cells = next()) {
    take(cells, scanner.line, scanner.spaced ?? true);
    if (++records % PROGRESS_EVERY === 0) opts.onProgress?.(records);
  }

  if (footer) {
    diagnostics.push(diag('INPUT_FOOTER_REACHED', 'info', footer.loc, { text: footer.text.slice(0, 120), ignoredRows }));
  }
  if (scanner.unclosed) diagnostics.push(unclosed(header));
  return { head, diagnostics };
}

const SHARED_CELLS = 1 << 16;

/** streamSheet, collecting the rows: for files small enough to hold. */
export function readSheet(
  bytes: Uint8Array,
  opts: ReadSheetOptions,
): { sheet?: SheetHead & { rows: SheetRow[] }; diagnostics: Diagnostic[] } {
  const rows: SheetRow[] = [];
  // Kept rows are copied: were the scanner's own arrays kept, V8 would see them outlive the young
  // generation and allocate every later record straight into the old one, a survey's 300,000 too.
  // Their cells are shared: a national scores sheet repeats a few hundred values 600,000 times.
  const shared = new Map<string, string>();
  const share = (cell: string): string => {
    const known = shared.get(cell);
    if (known !== undefined) return known;
    if (shared.size < SHARED_CELLS) shared.set(cell, cell);
    return cell;
  };
  const { head, diagnostics } = streamSheet(bytes, opts, (row) => rows.push({ line: row.line, cells: row.cells.map(share) }));
  return head ? { sheet: { ...head, rows }, diagnostics } : { diagnostics };
}
