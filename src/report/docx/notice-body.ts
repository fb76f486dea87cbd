// The elements of a notice's body in Word, as Decree 30/2020/NĐ-CP lays out a document's text:
// 13 pt, justified, the first line indented 1 cm, 6 pt after a paragraph (3 pt after an item); a
// part's heading in bold, kept with what follows; the tables (12 pt) with their header row on
// every page, no row split across pages, numbers on the right, the rows that add up in bold, and a
// criterion's remarks under its title in italics. render-notices.ts builds each kind once.
import { Table, TableCell, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import type { NoticeTable } from '../notice-model.js';
import { CENTER, RIGHT, SIZE, paragraph } from './docx-text.js';

const INDENT = 567; // 1 cm, in twips

/** The body's text, 13 pt (Decree 30: 13 to 14). */
export const bodyText = (t: string, o: { bold?: boolean; italics?: boolean; keepNext?: boolean; after?: number; before?: number } = {}): Paragraph =>
  paragraph({ text: t, size: SIZE.table, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) }, { align: 'both', indent: { firstLine: INDENT }, after: o.after ?? 120, ...(o.before ? { before: o.before } : {}), ...(o.keepNext ? { keepNext: true } : {}) });

/** Each kind of paragraph of the body. */
export const PARAGRAPHS = {
  /** The grounds and running text. */
  body: (t: string) => bodyText(t),
  heading: (t: string) => bodyText(t, { bold: true, keepNext: true, before: 160, after: 60 }),
  item: (t: string) => bodyText(t, { after: 60 }),
  /** The kind over a list of remarks. */
  label: (t: string) => bodyText(t, { italics: true, keepNext: true, after: 60 }),
  /** A remark under a criterion's title, in its cell. */
  note: (t: string) => paragraph({ text: t, italics: true, size: SIZE.small }, { align: 'both', before: 20 }),
};

export type ParagraphKind = keyof typeof PARAGRAPHS;

function cell(text: string, width: number, o: { bold?: boolean; align?: 'center' | 'right' }): TableCell {
  return new TableCell({
    children: [paragraph({ text, size: SIZE.small, ...(o.bold ? { bold: true } : {}) }, o.align ? { align: o.align } : {})],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 70, right: 70, top: 20, bottom: 20 },
  });
}

/**
 * A table of this shape: its header row, then one row with `texts[0]` in every cell and one with
 * `texts[1]` in bold (the rows that add up). Each body row of a notice is written as one of them.
 */
export function tableOf(t: Pick<NoticeTable, 'header' | 'numeric' | 'weights'>, width: number, texts: readonly [string, string]): Table {
  const sum = t.weights.reduce((a, b) => a + b, 0);
  const widths = t.weights.map((w) => Math.floor((w / sum) * width));
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, i) => cell(h, widths[i] ?? 0, { bold: true, align: CENTER })) });
  const row = (text: string, bold: boolean) => new TableRow({ cantSplit: true, children: widths.map((w, i) => cell(text, w, { bold, ...(t.numeric[i] ? { align: RIGHT } : {}) })) });
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, row(texts[0], false), row(texts[1], true)] });
}
