// A notice's foot, as Decree 30/2020/NĐ-CP lays it out: the closing line, then side by side the
// recipients (`Nơi nhận:` in bold italics, 12 pt; each recipient 11 pt) on the left and the
// signature block on the right (the signer's lines in bold, room to sign, the name). The block is
// kept whole and with the closing line: one row that never splits, every paragraph before it
// kept with the next, so the signature never stands alone on a page or breaks across two.
import type { Paragraph, Table } from 'docx';
import type { NoticeContent } from '../notice-model.js';
import { BLANK } from '../report-settings.js';
import { sideBySide } from './docx-letterhead.js';
import { CENTER, SIZE, paragraph } from './docx-text.js';
import { bodyText } from './notice-body.js';

const RECIPIENT = 22; // 11 pt

export function noticeFoot(c: NoticeContent, width: number): (Paragraph | Table)[] {
  const left = Math.round(width * 0.45);
  return [
    bodyText(c.closing, { after: 240, keepNext: true }),
    sideBySide(
      [left, width - left],
      [
        [
          paragraph({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.small }, { keepNext: true }),
          ...c.recipients.map((r, i) => paragraph({ text: r, size: RECIPIENT }, i < c.recipients.length - 1 ? { keepNext: true } : {})),
        ],
        [
          paragraph(c.signer.lines.map((text) => ({ text, bold: true })), { align: CENTER, keepNext: true }),
          paragraph({ text: '(Chữ ký, dấu)', italics: true, size: SIZE.small }, { align: CENTER, after: 1200, keepNext: true }),
          paragraph({ text: c.signer.name || BLANK, bold: true }, { align: CENTER }),
        ],
      ],
    ),
  ];
}
