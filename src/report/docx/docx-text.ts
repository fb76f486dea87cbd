// The type of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): Times New Roman,
// body 13–14 pt, and the paragraphs and runs the annex is built from. Every text of the annex is a
// run made here, through the XML sanitiser: docx escapes markup but not what XML 1.0 forbids.
import { Paragraph, TextRun } from 'docx';
import { xmlSafe } from '../../text/xml-text.js';

export const FONT = 'Times New Roman';
/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 28, table: 26, small: 24 } as const;

export interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
}

// docx's AlignmentType values, written out: reading AlignmentType at load would load the chunk.
type Align = 'left' | 'center' | 'right' | 'both';

export function paragraph(lines: Line | Line[], o: { align?: Align; before?: number; after?: number; keepNext?: boolean; indent?: { left?: number; right?: number; hanging?: number; firstLine?: number }; border?: boolean } = {}): Paragraph {
  const runs = (Array.isArray(lines) ? lines : [lines]).map(
    (l, i) =>
      new TextRun({
        text: xmlSafe(l.text),
        font: FONT,
        size: l.size ?? SIZE.body,
        ...(l.bold ? { bold: true } : {}),
        ...(l.italics ? { italics: true } : {}),
        ...(l.underline ? { underline: {} } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
  return new Paragraph({
    children: runs,
    alignment: o.align ?? 'left',
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.indent ? { indent: o.indent } : {}),
    ...(o.border ? { border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } } } : {}),
  });
}

/** A short centred rule under a heading (the line under the issuer and under the motto), `width` twips wide in a column `column` twips wide. */
export const rule = (width: number, column: number): Paragraph =>
  paragraph({ text: '', size: 4 }, { align: 'center', border: true, indent: { left: Math.round((column - width) / 2), right: Math.round((column - width) / 2) } });

export const CENTER = 'center';
export const RIGHT = 'right';
