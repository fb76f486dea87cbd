// A workbook opened for reading: its zip directory and its sheets, in workbook order, with their
// visibility. Shared strings and styles are read when a sheet is, once.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ByteSource } from './byte-source.js';
import type { FormatKind } from './number-format.js';
import { readRels, readStyles, readWorkbook, type SheetInfo, type WorkbookParts } from './read-parts.js';
import { refusalDiagnostic, WorkbookRefusal } from './refusal.js';
import { readSharedStrings } from './shared-strings.js';
import { sheetRows, type WorkbookRow } from './sheet-rows.js';
import { sniffWorkbook } from './sniff-workbook.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

export interface Workbook {
  file: string;
  /** Every sheet, in the workbook's order: "the first" sheet is the first visible one. */
  sheets: SheetInfo[];
  src: ByteSource;
  entries: Map<string, ZipEntry>;
  parts: WorkbookParts;
  shared?: { strings: string[]; styles: FormatKind[] };
}

/** Converts a refusal thrown while reading into its diagnostic; anything else is a bug and goes on up. */
export function caught(error: unknown, loc: Diagnostic['loc'], out: Diagnostic[]): void {
  if (!(error instanceof WorkbookRefusal)) throw error;
  out.push(refusalDiagnostic(error.reason, loc));
}

export function openWorkbook(src: ByteSource, file: string): { workbook?: Workbook; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kind = sniffWorkbook(src);
  if (kind === 'encrypted') return { diagnostics: [diag('INPUT_XLSX_ENCRYPTED', 'error', { file }, { kind: 'password' })] };
  if (kind !== 'zip') return { diagnostics: [diag('INPUT_NOT_CSV', 'error', { file }, { kind: kind === 'xls' ? 'xls' : 'binary' })] };
  try {
    const entries = readZipDirectory(src);
    const part = workbookPart(src, entries);
    const parts = readWorkbook(src, entries, part);
    return { workbook: { file, sheets: parts.sheets, src, entries, parts }, diagnostics };
  } catch (error) {
    caught(error, { file }, diagnostics);
    return { diagnostics };
  }
}

/** The sheets of a workbook, in its order, with their visibility (what `#Sheet` may name). */
export function listSheets(src: ByteSource, file: string): { sheets?: { name: string; visible: boolean }[]; diagnostics: Diagnostic[] } {
  const { workbook, diagnostics } = openWorkbook(src, file);
  return workbook ? { sheets: workbook.sheets.map(({ name, visible }) => ({ name, visible })), diagnostics } : { diagnostics };
}

/** The package's main part (`xl/workbook.xml` as a rule); other Office files and plain zips are named. */
function workbookPart(src: ByteSource, entries: Map<string, ZipEntry>): string {
  const main = [...readRels(src, entries, '').values()].find((r) => r.type === 'officeDocument' && entries.has(r.target));
  if (main && main.target.endsWith('workbook.xml')) return main.target;
  if (!main && entries.has('xl/workbook.xml')) return 'xl/workbook.xml';
  const what = entries.has('content.xml') && entries.has('mimetype') ? 'ods' : entries.has('word/document.xml') ? 'docx' : 'zip';
  throw new WorkbookRefusal({ kind: 'not-workbook', what });
}

/**
 * The rows of one sheet, as they are read. Problems (a damaged or hostile sheet, a cell that
 * refers to a text that does not exist) go to `out`, located at the sheet; after a refusal the
 * generator simply ends.
 */
export function* readSheetRows(wb: Workbook, sheet: SheetInfo, out: Diagnostic[]): Generator<WorkbookRow, void, undefined> {
  const loc = { file: wb.file, sheet: sheet.name };
  try {
    const entry = sheet.part ? wb.entries.get(sheet.part) : undefined;
    if (!entry) return void out.push(diag('INPUT_XLSX_DAMAGED', 'error', loc, { damage: 'sheet-missing', part: sheet.name }));
    wb.shared ??= { strings: readSharedStrings(wb.src, wb.entries, wb.parts.strings), styles: readStyles(wb.src, wb.entries, wb.parts.styles) };
    const ctx = { file: wb.file, sheet: sheet.name, ...wb.shared, date1904: wb.parts.date1904, diagnostics: out };
    yield* sheetRows(wb.src, entry, ctx);
  } catch (error) {
    caught(error, loc, out);
  }
}
