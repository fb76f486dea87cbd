// How the reports for people are laid out on a terminal, as the CLI decides it: fitted to the
// terminal's width, every column (--wide), or as wide as their text (a pipe or a file: the
// bytes every earlier cchc wrote). The words around a fitted table, in Vietnamese and English.
import type { Lang } from './messages/index.js';
import { wrapText } from './render-text-table.js';

export interface TableLayout {
  /** The terminal's width in columns: every table and line fitted to it. Absent: as wide as the text. */
  width?: number;
  /** Every column and every text whole (--wide); the width is then not used. */
  wide?: boolean;
  /** The format that has every column, named in the note under a table that left some out (csv, md). */
  fullFormat?: string;
}

/** The width to fit, when there is one: a terminal's, without --wide. */
export const fitWidth = (layout: TableLayout | undefined): number | undefined => (layout?.wide ? undefined : layout?.width);

/** A line of free text (a title, a note, a summary) in lines that fit `width`; itself without one. */
export const fitLines = (text: string, width: number | undefined): string[] => (width === undefined ? [text] : wrapText(text, width));

const WORDS = {
  vi: {
    leftOut: (names: string, format: string) => `Không đủ chỗ nên chưa hiện cột ${names}; --wide hoặc -f ${format} hiện đủ.`,
    bar: 'Biểu đồ chỉ số',
    fieldPoints: 'điểm lĩnh vực',
  },
  en: {
    leftOut: (names: string, format: string) => `Left out to fit the terminal: ${names}; --wide or -f ${format} shows them.`,
    bar: 'Index bar',
    fieldPoints: 'field points',
  },
};

export const layoutTexts = (lang: Lang) => WORDS[lang];

/** The line under a table that left columns out: which ones, and what shows them. */
export const leftOutNote = (names: readonly string[], lang: Lang, layout: TableLayout | undefined): string => WORDS[lang].leftOut(names.join(', '), layout?.fullFormat ?? 'csv');
