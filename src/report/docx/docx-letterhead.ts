// The annex's head and foot, as Decree 30/2020/NĐ-CP lays them out: the issuing body (the higher
// body in plain capitals, itself in bold) on the left and the national motto on the right, each
// with a short rule under it; at the end the place and date, and the signature block.
import { Table, TableCell, TableRow, WidthType, type Paragraph } from 'docx';
import { BLANK, placeAndDate, type ReportSettings, type Signer } from '../report-settings.js';
import { CENTER, SIZE, paragraph, rule } from './docx-text.js';

const NONE = { style: 'none', size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** A table of one row, no borders, never split across pages: blocks side by side (`widths` in twips). */
export function sideBySide(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells.map((children, i) => new TableCell({ children, width: { size: widths[i] ?? 0, type: WidthType.DXA } })) })],
  });
}

/** The motto in 13 pt bold needs 10.8 cm: on a portrait page 58% of the width would wrap it. */
const MOTTO_MIN = 6100;

/** The widths of the issuer's and the motto's columns, `width` twips across (what stands under each goes in the same columns). */
export function letterheadColumns(width: number): [number, number] {
  const right = Math.max(width - Math.round(width * 0.42), MOTTO_MIN);
  return [width - right, right];
}

/** The issuer and the national motto, `width` twips across. */
export function docxLetterhead(s: ReportSettings, width: number): Table {
  const [left, right] = letterheadColumns(width);
  const issuer = s.issuer.map((text, i) => ({ text, bold: i === s.issuer.length - 1, size: SIZE.table }));
  return sideBySide(
    [left, right],
    [
      [paragraph(issuer, { align: CENTER }), rule(1400, left)],
      [paragraph([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: SIZE.table }, { text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], { align: CENTER }), rule(3500, right)],
    ],
  );
}

/** The place and date, then the signer's lines in bold, room to sign and the name (or a blank), on the right half. */
export function docxSignature(s: ReportSettings, signer: Signer, width: number): Table {
  const half = Math.round(width / 2);
  return sideBySide(
    [width - half, half],
    [
      [paragraph({ text: '' })],
      [
        paragraph({ text: placeAndDate(s, 'vi'), italics: true }, { align: CENTER, before: 240, keepNext: true }),
        paragraph(signer.lines.map((text) => ({ text, bold: true })), { align: CENTER, keepNext: true }),
        paragraph({ text: '(Chữ ký, dấu)', italics: true, size: SIZE.small }, { align: CENTER, after: 1500, keepNext: true }),
        paragraph({ text: signer.name || BLANK, bold: true }, { align: CENTER }),
      ],
    ],
  );
}
