// Codes for reading input files: bytes, encodings, CSV structure. Arguments per code.
// Locations (file, line, column = 1-based field index, header) travel in `loc`, not in args.

/** How a text was found to be damaged or written in a pre-Unicode font. */
export type LegacyFont = 'TCVN3' | 'VNI';

/** What a non-CSV input turned out to be, from its first bytes. */
export type NotCsvKind = 'xlsx' | 'xls' | 'pdf' | 'binary' | 'ods' | 'docx' | 'zip';

/** Why a workbook was refused as hostile: the part, and what gave it away. */
export type WorkbookRefusedWhy = 'ratio' | 'size' | 'declared-size' | 'cells' | 'doctype';

export type SkipReason = 'title' | 'total' | 'section' | 'empty' | 'footer';

/** What is damaged in a workbook (src/io/xlsx): worded in src/report/messages/xlsx-damage.ts. */
export type XlsxDamage =
  | 'no-directory'
  | 'sheet-missing'
  | 'too-many-parts'
  | 'directory-outside'
  | 'directory-entry'
  | 'compression'
  | 'part-outside'
  | 'local-header'
  | 'zip64'
  | 'row-number'
  | 'cell-reference'
  | 'row-repeated'
  | 'cell-repeated'
  | 'entry-repeated'
  | 'cut-short'
  | 'not-inflating'
  | 'not-text'
  | 'entity'
  | 'character-reference'
  | 'malformed-tag'
  | 'markup'
  | 'unended-tag'
  | 'xml';

/** Why an input cannot be read, when it is a cause to word (src/io/write-file.ts). */
export type UnreadableKind = 'missing' | 'directory' | 'permission' | 'not-a-folder' | 'name-too-long' | 'link-loop';

export interface InputArgs {
  /** The file does not exist or cannot be read. `kind` is set when the cause is known. */
  /** `kind` when the cause is one cchc words; otherwise `reason` (the system's text) and `code` (ENOTSUP, EIO…). */
  INPUT_FILE_UNREADABLE: { reason: string; kind?: UnreadableKind; code?: string };
  /** The bytes are a workbook, a PDF or another binary file, not a CSV text. */
  INPUT_NOT_CSV: { kind: NotCsvKind };
  /** The file holds no text at all. */
  INPUT_EMPTY_FILE: Record<string, never>;
  /** Not UTF-8 and without a BOM: read as Windows-1258 (the Vietnamese ANSI code page). */
  INPUT_ENCODING_GUESSED: { encoding: 'windows-1258' };
  /** UTF-16 recognised by its zero bytes although the file has no BOM. */
  INPUT_UTF16_WITHOUT_BOM: { encoding: 'utf-16le' | 'utf-16be' };
  /** Letters were replaced by `?` (or U+FFFD) when the file was saved: they cannot be recovered. */
  INPUT_TEXT_DESTROYED: { samples: string[]; count: number };
  /** UTF-8 text that was read as Windows-1252 and saved as UTF-8 again (`HÃ  TÄ©nh`). */
  INPUT_TEXT_DOUBLE_ENCODED: { samples: string[]; fixed: string[] };
  /** Text typed with a legacy Vietnamese font (TCVN3/ABC `.VnTime`, VNI `VNI-Times`). */
  INPUT_LEGACY_FONT: { font: LegacyFont; samples: string[] };
  /** TCVN3 text was converted to Unicode because the caller asked for it. */
  INPUT_TCVN3_CONVERTED: { samples: string[]; converted: string[] };
  /** A quoted field is never closed: the rest of the file would be one cell. */
  INPUT_UNCLOSED_QUOTE: Record<string, never>;
  /** A record longer than any sheet's row (a quote never closed in a large file, or no line breaks at all). */
  INPUT_RECORD_TOO_LONG: { limit: string };
  /** The input is a device (`/dev/zero`, a disk), not a file or a pipe. */
  INPUT_DEVICE: Record<string, never>;
  /**
   * The input is larger than the limit (2 GiB, or CCHC_MAX_INPUT); `kind` when the limit is not
   * that one: a criteria file's (8 MiB), or the most this system holds in memory at once.
   */
  INPUT_TOO_LARGE: { size: number; limit: string; kind?: 'criteria' | 'memory' };
  /** No row among the first ones has a known column name. */
  INPUT_HEADER_NOT_FOUND: { scanned: number; firstText?: string };
  /** Two header cells have the same name after case folding. */
  INPUT_DUPLICATE_HEADER: { name: string; firstColumn: number };
  /** A column has data but no header. */
  INPUT_EMPTY_HEADER: Record<string, never>;
  /** A row has more cells than the header. `splitNumber` is set when a decimal comma split a number. */
  INPUT_RAGGED_ROW: { expected: number; actual: number; splitNumber?: string };
  /**
   * The .xlsx is damaged or not what its zip claims (a broken directory, a part that does not
   * inflate or parse): what is damaged, the part (or sheet) and the text or number at fault.
   */
  INPUT_XLSX_DAMAGED: { damage: XlsxDamage; part?: string; value?: string };
  /** A password-protected workbook (an OLE2 file holding an EncryptedPackage) or encrypted zip entries. */
  INPUT_XLSX_ENCRYPTED: { kind: 'password' | 'zip' };
  /** A part of the workbook inflates or expands far beyond any real workbook: refused unread. */
  INPUT_XLSX_REFUSED: { part: string; why: WorkbookRefusedWhy };
  /** A cell refers to a shared string that does not exist. */
  INPUT_XLSX_STRING_INDEX: { index: string; count: number };
  /** `file.xlsx#Sheet` names no sheet of the workbook. */
  INPUT_XLSX_SHEET_UNKNOWN: { sheet: string; sheets: string };
  /** No visible sheet has a header row cchc recognises. */
  INPUT_XLSX_NO_SHEET: { sheets: string };
  /** Which sheet was read, and why (shown with --verbose). */
  INPUT_XLSX_SHEET_CHOSEN: { sheet: string; how: 'named' | 'first' | 'recognised'; passedOver: string; headerLine: number; skipped: number };
  /** What the reader found (shown with --verbose). */
  INPUT_DETECTED: { encoding: string; delimiter: string; headerLine: number; skipped: number };
  /** A total row (`Tổng cộng`) was left out. */
  INPUT_TOTAL_ROW_SKIPPED: { text: string };
  /** A section heading row (`I. Khối xã`) was left out. */
  INPUT_SECTION_ROW_SKIPPED: { text: string };
  /** A signature block; `ignoredRows` non-empty rows after it that hold no unit's data were not read. */
  INPUT_FOOTER_REACHED: { text: string; ignoredRows: number };
  /** warning: rows after a signature line that still hold a unit's data (`rows` of them, from this one): read. */
  INPUT_ROWS_AFTER_FOOTER: { text: string; footerLine: number; rows: number };
}

/** The limits every input is read within (src/io/read-input.ts) and the bytes it must be. */
export interface InputLimitArgs {
  /** `-` (standard input) named for more than one input of a run: it can be read once (exit 2). */
  INPUT_STDIN_TWICE: { count: number };
  /** A byte sequence that is not UTF-8 in a UTF-8 text (at its line; `column`: the cell, `character`: the character in the line). */
  INPUT_UTF8_INVALID: { bytes: string; character: number };
}
