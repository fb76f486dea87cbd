// What the readers of src/io hand on: a sheet's header, what was detected, and its data rows.
import type { SkipReason } from '../diagnostics/codes-input.js';
import type { Encoding } from './decode.js';
import type { Delimiter } from './detect-delimiter.js';

export type { SheetRow } from '../sheets/sheet.js';

/** How many skipped rows Detected lists one by one; the rest are only counted. */
export const SKIPPED_KEPT = 1000;

export interface Detected {
  encoding: Encoding;
  delimiter: Delimiter;
  headerLine: number;
  /** The rows left out, the first SKIPPED_KEPT of them (a sheet may end in a million blank rows). */
  skipped: { line: number; reason: SkipReason }[];
  /** How many rows were left out in all. */
  skippedCount: number;
}

export interface ReadSheetOptions {
  file: string;
  /** A workbook's sheet named after the file (`book.xlsx#Điểm`); ignored for a CSV. */
  sheet?: string;
  isKnownHeader: (key: string) => boolean;
  minKnownHeaders?: number;
  convertTcvn3?: boolean;
  /** Called once the header is known, before the first row (e.g. to choose how to read the rows). */
  onHead?: (head: SheetHead) => void;
  /** Called every few thousand records with how many were read (a progress display for long reads). */
  onProgress?: (records: number) => void;
  /**
   * Whether a cell names a unit already known (the scores' units, for a sheet read after them): a
   * row below the signature block naming one is a unit's row, read, not dropped (record-reader.ts).
   */
  isUnit?: (text: string) => boolean;
}

export interface SheetHead {
  file: string;
  /** The workbook sheet read, when the file is a workbook, and how it was chosen (for --verbose). */
  sheet?: string;
  chosen?: { how: 'named' | 'first' | 'recognised'; passedOver: string };
  header: string[];
  headerLine: number;
  detected: Detected;
}
