// Reading .xlsx workbooks, built apart as a lazy chunk (scripts/build.mjs): a CSV run never
// loads it, nor fflate and saxes with it. src/io/workbook.ts is the one door in.
export { bytesSource, fileSource, type ByteSource } from './byte-source.js';
export { listSheets, openWorkbook, readSheetRows, type Workbook } from './open-workbook.js';
export type { SheetInfo } from './read-parts.js';
export type { WorkbookRow } from './sheet-rows.js';
export { sniffWorkbook, type WorkbookKind } from './sniff-workbook.js';
