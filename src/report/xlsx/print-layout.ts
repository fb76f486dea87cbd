// How a sheet prints: A4 fitted to the page's width (as many pages down as it takes), landscape
// for a wide sheet, the header rows repeated on every page (print titles, write-workbook.ts), and
// header rows tall enough for their wrapped text. Excel keeps a stored row height and never fits
// it on opening: a one-line-high titles row hid each column's maximum and what to enter.

/** Points per line of 11 pt Calibri, and a little room above and below. */
const LINE = 15;
const PAD = 3;
/** Excel's tallest row. */
const MAX_ROW = 409;

/**
 * Lines a text takes in a column `width` characters wide (Excel's unit, a digit's width), wrapped
 * at spaces as Excel and LibreOffice wrap it. Bold Vietnamese runs a little wider than digits:
 * a line holds about 0.9 of the width, less the cell's margins.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor((width - 1) * 0.9));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = [...word].length;
      if (line > 0 && line + 1 + w > room) {
        lines++;
        line = 0;
      }
      // A word longer than the line breaks where it must.
      line = (line > 0 ? line + 1 : 0) + w;
      while (line > room) {
        lines++;
        line -= room;
      }
    }
  }
  return lines;
}

/** A header row's height in points for its texts in columns of `widths`; undefined when one line does. */
export function rowHeight(texts: readonly string[], widths: readonly number[]): number | undefined {
  const lines = Math.max(1, ...texts.map((t, k) => wrappedLines(t, widths[k] ?? 8)));
  return lines === 1 ? undefined : Math.min(MAX_ROW, lines * LINE + PAD);
}

/** Margins (inches, as Excel stores them) and A4 fitted to the width: landscape for a wide sheet. */
export const pageSetupXml = (landscape: boolean): string =>
  `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;

/** Wide enough to turn the page: the Word annex turns it past 8 columns too. */
export const isWide = (columns: number): boolean => columns > 8;
