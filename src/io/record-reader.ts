// Records → a sheet: finds the header row under any title block, leaves out totals, section headings
// and the signature block, fits each data row to the header and hands it on as it comes, so that
// memory does not grow with the number of rows. Fed one record at a time, by whatever reads them.
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { cleanText, foldKey } from '../text/normalize.js';
import { classifyRow, NUMBER_LIKE } from './classify-row.js';
import { findHeader, mergeUpperHeader, type RawRecord } from './find-header.js';
import { countLineBreaks } from './line-breaks.js';
import type { CsvStop } from './parse-csv.js';
import { readHeader } from './read-header.js';
import { makeRowShaper, type RowShaper } from './shape-row.js';
import { SKIPPED_KEPT, type Detected, type ReadSheetOptions, type SheetHead, type SheetRow } from './sheet-types.js';

const PROGRESS_EVERY = 8192;
/** How many records are looked at for the header: a title block is a few lines, never pages. */
export const HEADER_WINDOW = 50;

/** A superset of what String.prototype.trim removes (controls, space, NBSP, U+1680 and above). */
const mayBeSpace = (c: number): boolean => c <= 32 || c === 0xa0 || c >= 0x1680;

export class RecordReader {
  readonly diagnostics: Diagnostic[] = [];
  head?: SheetHead;
  private line: number;
  private window: RawRecord[] | undefined = [];
  private fit?: RowShaper;
  private header: string[] = [];
  private skipped: Detected['skipped'] = [];
  private detected?: Detected;
  private footer?: { loc: Location; text: string };
  private ignoredRows = 0;
  /** Rows below the signature block that hold a unit's data: the first's line, and how many. */
  private afterFooter?: { line: number; rows: number };
  /** Per column: its header is a known name (a leaf code, unit, group, a question…); and how many are. */
  private knownCols: boolean[] = [];
  private knownCount = 0;
  private records = 0;

  constructor(
    private readonly opts: ReadSheetOptions,
    private readonly found: Omit<Detected, 'headerLine' | 'skipped' | 'skippedCount'> & { startLine: number; sheet?: string },
    private readonly onRow: (row: SheetRow) => void,
  ) {
    this.line = found.startLine;
  }

  /**
   * The next record, as csv-parse gives it; `mayBreak` false when no cell holds a line break. A
   * workbook's row says where it is (`at.line`, its row number) and which cells are numbers.
   */
  push(cells: string[], mayBreak: boolean, at?: { line: number; numbers?: ReadonlySet<number> }): void {
    const line = at ? at.line : this.line;
    this.line = line + 1;
    const numbers = at?.numbers;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k] as string;
      // A line break in a cell (quoted) moves the next record's line down.
      if (mayBreak && cell.length !== 0 && (cell.includes('\n') || cell.includes('\r'))) this.line += countLineBreaks(cell);
      // Most cells have nothing to trim: trim() is called only when an end may be white space.
      if (cell !== '' && (mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(cell.length - 1)))) cells[k] = cell.trim();
    }
    if (++this.records % PROGRESS_EVERY === 0) this.opts.onProgress?.(this.records);
    if (!this.window) return this.take(cells, line, numbers);
    this.window.push(numbers ? { line, cells, numbers } : { line, cells });
    if (this.window.length === HEADER_WINDOW) this.decideHeader();
  }

  /** After the last record; `stop` when the text ended inside a quote or a record was too long. */
  end(stop?: CsvStop): { head?: SheetHead; diagnostics: Diagnostic[] } {
    const { file } = this.opts;
    if (this.window) this.decideHeader();
    if (this.footer) {
      const { loc, text } = this.footer;
      this.diagnostics.push(diag('INPUT_FOOTER_REACHED', 'info', loc, { text: text.slice(0, 120), ignoredRows: this.ignoredRows }));
      if (this.afterFooter) this.diagnostics.push(diag('INPUT_ROWS_AFTER_FOOTER', 'warning', { file, line: this.afterFooter.line }, { text: text.slice(0, 120), footerLine: loc.line ?? 0, rows: this.afterFooter.rows }));
    }
    if (stop) {
      // The record that stopped begins on the line after the last one read.
      const name = this.header[stop.column - 1];
      const loc = { file, line: this.line, column: stop.column, ...(name ? { header: name } : {}) };
      if (stop.kind === 'unclosed-quote') this.diagnostics.push(diag('INPUT_UNCLOSED_QUOTE', 'error', loc, {}));
      else this.diagnostics.push(diag('INPUT_RECORD_TOO_LONG', 'error', loc, { limit: '1 MiB' }));
      if (!this.head) return { diagnostics: this.diagnostics.filter((d) => d.code !== 'INPUT_HEADER_NOT_FOUND') };
    }
    return this.head ? { head: this.head, diagnostics: this.diagnostics } : { diagnostics: this.diagnostics };
  }

  private decideHeader(): void {
    const window = this.window ?? [];
    this.window = undefined;
    const { file } = this.opts;
    const h = findHeader(window, this.opts.isKnownHeader, this.opts.minKnownHeaders ?? 1);
    const headerRecord = window[h];
    if (!headerRecord) {
      const first = window.find((r) => r.cells.some((c) => c !== ''));
      const firstText = first?.cells.map(cleanText).filter((c) => c !== '').join(' | ').slice(0, 120);
      const args = { scanned: window.length, ...(firstText ? { firstText } : {}) };
      this.diagnostics.push(diag('INPUT_HEADER_NOT_FOUND', 'error', { file, line: first?.line ?? this.found.startLine }, args));
      // Nothing more is read: every row would be an error of its own.
      this.fit = () => undefined;
      return;
    }
    this.skipped = window.slice(0, h).map((r) => ({ line: r.line, reason: r.cells.every((c) => c === '') ? 'empty' : 'title' }));
    const headerCells = mergeUpperHeader(window[h - 1]?.cells, headerRecord.cells, this.opts.isKnownHeader);
    const shape = readHeader(headerCells, file, headerRecord.line, this.diagnostics);
    const { sheet } = this.found;
    // A sheet has no physical width: a cell right of the header is data under a column without a name, not a ragged row.
    if (sheet !== undefined) shape.physicalWidth = Number.MAX_SAFE_INTEGER;
    this.header = shape.header;
    this.knownCols = shape.header.map((h) => h !== '' && this.opts.isKnownHeader(foldKey(h)));
    this.knownCount = this.knownCols.filter(Boolean).length;
    const { encoding, delimiter } = this.found;
    const detected: Detected = { encoding, delimiter, headerLine: headerRecord.line, skipped: this.skipped, skippedCount: this.skipped.length };
    this.detected = detected;
    this.head = { file, ...(sheet === undefined ? {} : { sheet }), header: shape.header, headerLine: headerRecord.line, detected };
    this.fit = makeRowShaper(shape, file, delimiter, this.diagnostics);
    this.opts.onHead?.(this.head);
    for (const r of window.slice(h + 1)) this.take(r.cells, r.line, r.numbers);
  }

  private take(cells: string[], line: number, numbers?: ReadonlySet<number>): void {
    const kind = classifyRow(cells);
    if (this.footer) {
      // A signature line in the middle of a sheet does not end it: a unit's row below it is read (and said).
      if (kind !== 'data' || !this.holdsData(cells)) {
        if (kind !== 'empty') this.ignoredRows++;
        return;
      }
      (this.afterFooter ??= { line, rows: 0 }).rows++;
    }
    if (kind === 'data') {
      const fitted = this.fit?.(cells, line);
      if (fitted) this.onRow(numbers ? { line, cells: fitted, numbers } : { line, cells: fitted });
      return;
    }
    if (!this.head || !this.detected) return;
    if (this.detected.skippedCount++ < SKIPPED_KEPT) this.skipped.push({ line, reason: kind });
    if (kind === 'empty') return;
    const text = cells.filter((c) => c !== '').join(' ');
    const column = cells.findIndex((c) => c !== '') + 1;
    const name = this.header[column - 1];
    const loc: Location = { file: this.opts.file, line, column, ...(name ? { header: name } : {}) };
    if (kind === 'total') this.diagnostics.push(diag('INPUT_TOTAL_ROW_SKIPPED', 'info', loc, { text }));
    else if (kind === 'section') this.diagnostics.push(diag('INPUT_SECTION_ROW_SKIPPED', 'info', loc, { text }));
    else if (kind === 'footer') this.footer ??= { loc, text };
  }

  /**
   * A row below the signature block that holds a unit's data, not a signer's name: a number under a
   * known column, a known unit, or most known columns filled (a survey form, a scores row).
   */
  private holdsData(cells: readonly string[]): boolean {
    let filled = 0;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as string;
      if (c === '') continue;
      if (this.knownCols[k] && (filled++, NUMBER_LIKE.test(c))) return true;
      if (this.opts.isUnit?.(c)) return true;
    }
    return filled >= Math.max(4, Math.ceil(this.knownCount / 2));
  }
}
