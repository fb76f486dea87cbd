// A notice's head, in the layout of Decree 30/2020/NĐ-CP: the issuer and the national motto (the
// annex's letterhead), under the issuer the number (`Số: 5/TB-HĐTĐ`), under the motto the place
// and date in italics; then the kind of document (THÔNG BÁO) and its subject in bold, centred,
// with a short rule under the subject.
import type { Paragraph, Table } from 'docx';
import type { NoticeContent } from '../notice-model.js';
import type { ReportSettings } from '../report-settings.js';
import { docxLetterhead, letterheadColumns, sideBySide } from './docx-letterhead.js';
import { CENTER, SIZE, paragraph, rule } from './docx-text.js';

export function noticeHead(c: NoticeContent, s: ReportSettings, width: number): (Paragraph | Table)[] {
  // The number stands under the issuer, the place and date under the motto.
  const [left, right] = letterheadColumns(width);
  return [
    // The notice's issuer is its own (the council under the committee, unless --issuer says otherwise).
    docxLetterhead({ ...s, issuer: [...c.issuer] }, width),
    sideBySide(
      [left, right],
      [[paragraph({ text: c.number, size: SIZE.table }, { align: CENTER, before: 80 })], [paragraph({ text: c.placeDate, italics: true }, { align: CENTER, before: 80 })]],
    ),
    paragraph({ text: c.title, bold: true }, { align: CENTER, before: 360, keepNext: true }),
    paragraph({ text: c.subject, bold: true }, { align: CENTER, keepNext: true }),
    rule(1600, width),
    paragraph({ text: '', size: SIZE.small }, { after: 60 }),
  ];
}
