// The one door to the workbook reader (src/io/xlsx/, a lazy chunk: a CSV run never loads it):
// `file.xlsx#Sheet` references, the choice of the sheet, and the sheet's rows pushed to a
// RecordReader exactly as csv-parse pushes the records of a text.
import { existsSync, readSync } from 'node:fs';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { foldKey } from '../text/normalize.js';
import type { SheetRow } from '../sheets/sheet.js';
import { findHeader, type RawRecord } from './find-header.js';
import { HEADER_WINDOW, RecordReader } from './record-reader.js';
import type { ReadSheetOptions, SheetHead } from './sheet-types.js';
import { bytesSource, fileSource, openWorkbook, readSheetRows, type ByteSource, type SheetInfo, type Workbook, type WorkbookRow } from './xlsx/index.js';

/** A zip (.xlsx) or an OLE2 file (.xls, or a password-protected .xlsx), from its first bytes. */
export function looksLikeWorkbook(head: Uint8Array): boolean {
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
  const ole2 = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return zip || ole2;
}

/**
 * `book.xlsx#Điểm` → the path and the sheet. A path that exists as it is stays a path; otherwise
 * the last `#` whose left part is an existing file splits, so a sheet's name may hold `#`:
 * `book.xlsx#Điểm#1` is the sheet `Điểm#1` of book.xlsx (unless a file `book.xlsx#Điểm` exists:
 * then it is that file's sheet `1`).
 */
export function splitSheetRef(arg: string): { path: string; sheet?: string } {
  if (arg === '-' || existsSync(arg)) return { path: arg };
  for (let at = arg.lastIndexOf('#'); at > 0; at = arg.lastIndexOf('#', at - 1)) {
    if (existsSync(arg.slice(0, at))) return { path: arg.slice(0, at), sheet: arg.slice(at + 1) };
  }
  return { path: arg };
}

/** streamSheet for a workbook, from its bytes (stdin, a pipe) or from its file, read at offsets (flat in memory, however large). */
export function streamWorkbook(input: Uint8Array | { fd: number; size: number }, opts: ReadSheetOptions, onRow: (row: SheetRow) => void): { head?: SheetHead; diagnostics: Diagnostic[] } {
  const src = input instanceof Uint8Array ? bytesSource(input) : fileSource(input.fd, input.size);
  const { file } = opts;
  const { workbook, diagnostics } = openWorkbook(src, file);
  if (!workbook) return { diagnostics };
  const picked = pickSheet(workbook, opts, diagnostics);
  if (!picked) return { diagnostics };
  const { sheet, window, rest, how, passedOver } = picked;
  const reader = new RecordReader(opts, { encoding: 'utf-8', delimiter: ',', startLine: window[0]?.line ?? 1, sheet: sheet.name }, onRow);
  for (const row of window) reader.push(row.cells, false, row);
  for (let r = rest.next(); !r.done; r = rest.next()) reader.push(r.value.cells, false, r.value);
  const read = reader.end();
  // The record reader and the header reader locate by file and line: in a workbook, that line is a row of this sheet.
  locateInSheet(read.diagnostics, file, sheet.name);
  if (read.head) read.head.chosen = { how, passedOver: passedOver.join(', ') };
  // A sheet refused as it was read (its refusal is in `diagnostics`) has no header to miss.
  const refused = hasErrors(diagnostics);
  const own = refused ? read.diagnostics.filter((d) => d.code !== 'INPUT_HEADER_NOT_FOUND') : read.diagnostics;
  return read.head ? { head: read.head, diagnostics: [...diagnostics, ...own] } : { diagnostics: [...diagnostics, ...own] };
}

interface Picked {
  sheet: SheetInfo;
  /** The rows already read to look for the header, handed over first. */
  window: WorkbookRow[];
  rest: Iterator<WorkbookRow, void, undefined>;
  how: 'named' | 'first' | 'recognised';
  passedOver: string[];
}

const names = (sheets: readonly SheetInfo[]) => sheets.map((s) => `"${s.name}"`).join(', ');

function pickSheet(wb: Workbook, opts: ReadSheetOptions, out: Diagnostic[]): Picked | undefined {
  const open = (sheet: SheetInfo) => readSheetRows(wb, sheet, out);
  if (opts.sheet !== undefined) {
    const wanted = opts.sheet.normalize('NFC');
    const sheet = wb.sheets.find((s) => s.name === wanted) ?? wb.sheets.find((s) => foldKey(s.name) === foldKey(wanted));
    if (sheet) return { sheet, window: [], rest: open(sheet), how: 'named', passedOver: [] };
    out.push(diag('INPUT_XLSX_SHEET_UNKNOWN', 'error', { file: wb.file }, { sheet: opts.sheet, sheets: names(wb.sheets) }));
    return undefined;
  }
  const visible = wb.sheets.filter((s) => s.visible);
  const passedOver: string[] = [];
  let first: Picked | undefined;
  for (const sheet of visible) {
    const before = out.length;
    const rest = open(sheet);
    const window: WorkbookRow[] = [];
    for (let r = rest.next(); !r.done; r = window.length < HEADER_WINDOW ? rest.next() : { done: true, value: undefined }) window.push(r.value);
    // A damaged or hostile sheet: its refusal is the message, not a missing header after it.
    if (hasErrors(out.slice(before))) return undefined;
    const records: RawRecord[] = window;
    if (findHeader(records, opts.isKnownHeader, opts.minKnownHeaders ?? 1) >= 0) {
      return { sheet, window, rest, how: passedOver.length === 0 ? 'first' : 'recognised', passedOver };
    }
    first ??= { sheet, window, rest, how: 'first', passedOver: [] };
    passedOver.push(sheet.name);
  }
  // One sheet: its own "no header found" says more than a list of one.
  if (visible.length === 1) return first;
  out.push(diag('INPUT_XLSX_NO_SHEET', 'error', { file: wb.file }, { sheets: names(wb.sheets) }));
  return undefined;
}

/** Whether an open file starts like a workbook (its first 8 bytes, read where they are: nothing is consumed). */
export function fdLooksLikeWorkbook(fd: number): boolean {
  const head = Buffer.alloc(8);
  return looksLikeWorkbook(head.subarray(0, readSync(fd, head, 0, 8, 0)));
}

/** Locations in `file` without a sheet are in `sheet` (the sheet readers locate by file and line). */
export function locateInSheet(ds: readonly Diagnostic[], file: string, sheet: string | undefined): void {
  if (sheet === undefined) return;
  for (const d of ds) if (d.loc.file === file && d.loc.sheet === undefined) d.loc.sheet = sheet;
}
