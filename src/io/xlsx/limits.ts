// What a workbook may hold before cchc refuses it: real files are far inside every limit, a
// hostile one (a zip bomb, a lying header, a cell at XFD1048576 in a 2 KB file) is stopped early,
// with memory bounded by these numbers and not by anything the file declares.

/** Real workbooks inflate 9–15:1 (LibreOffice's verbose sheets 14:1); deflate's ceiling is ~1032:1. */
export const MAX_RATIO = 200;
/** The ratio is judged once this much was inflated: tiny parts compress badly either way. */
export const RATIO_FROM_BYTES = 1 << 20;
/** workbook.xml, relationships, styles, content types. */
export const MAX_PART_BYTES = 16 << 20;
/** sharedStrings.xml, held whole as strings: a national survey's free-text answers stay far below. */
export const MAX_STRINGS_BYTES = 256 << 20;
/** A worksheet, streamed: 2 GiB of XML is some 2.5 million LibreOffice rows. */
export const MAX_SHEET_BYTES = 2 ** 31;
/** Parts in the zip: a workbook has tens. */
export const MAX_ENTRIES = 10_000;
/** Excel's own grid. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;
/**
 * Cells handed over per character of sheet XML, past a first million: a real row costs 15 or
 * more characters a cell; a lone cell at column XFD costs 30 characters for 16,384 cells.
 */
export const CELLS_PER_CHAR = 0.25;
export const CELLS_FREE = 1_000_000;
/** Compressed bytes pushed to the inflater at a time: one push inflates at most ~16 MB. */
export const INFLATE_PIECE = 16 << 10;
/** Parts up to this size are inflated whole (node:zlib, bounded by their declared size); larger ones streamed. */
export const WHOLE_BYTES = 8 << 20;
