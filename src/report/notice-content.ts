// The council's notice to one unit (thông báo), as content every format lays out its own way (the
// Word file in the layout of Decree 30/2020/NĐ-CP, Markdown): the head (issuer, number, motto,
// place and date, title), the body in numbered parts, the closing line, the recipients and the
// signature. Every number is written as `explain` writes it, from the same explained sheet; the
// text is Vietnamese, as the document is, whatever the run's language.
import type { Notice } from '../core/run-notices.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { findingsOf } from './findings-json.js';
import { noticeBody } from './notice-body.js';
import type { NoticeContent, NoticesModel } from './notice-model.js';
import { noticeNumber } from './notice-number.js';
import type { NumberFormat } from './ranking-rows.js';
import { BLANK, DEFAULT_ISSUER, REPORT_SIGNER, decisionReference, placeAndDate, resultsTitle, signerOf, type ReportSettings } from './report-settings.js';
import { plainText } from './safe-text.js';

/** The council's notice is the council's: under the district's committee unless --issuer says otherwise. */
const NOTICE_ISSUER = [`ỦY BAN NHÂN DÂN HUYỆN ${BLANK}`, 'HỘI ĐỒNG THẨM ĐỊNH'];
const isDefault = (issuer: readonly string[]) => issuer.length === DEFAULT_ISSUER.length && issuer.every((l, i) => l === DEFAULT_ISSUER[i]);

/** How the notice names the unit: its name, or its code where it has none. */
export const unitName = (u: RankedUnit): string => plainText(u.name || u.unit);

export function noticeContent(m: NoticesModel, notice: Notice, s: ReportSettings, f: NumberFormat): NoticeContent {
  const u = notice.explained.unit;
  const name = unitName(u);
  const surveyed = m.criteria.leaves.some((l) => l.source === 'survey') && u.survey !== undefined;
  const intro = [
    `Căn cứ ${m.criteria.title} (${m.criteria.id}@${m.criteria.version});`,
    ...(s.decision ? [`Căn cứ Quyết định số ${decisionReference(s)};`] : []),
    `Trên cơ sở kết quả thẩm định hồ sơ, tài liệu kiểm chứng${surveyed ? ' và kết quả điều tra xã hội học' : ''}, Hội đồng thẩm định thông báo kết quả xác định Chỉ số cải cách hành chính năm ${s.year} của ${name} như sau:`,
  ];
  return {
    unit: u,
    issuer: isDefault(s.issuer) ? NOTICE_ISSUER : s.issuer,
    number: `Số: ${noticeNumber(m.numbering, notice.seq, s.year)}`,
    placeDate: placeAndDate(s, 'vi'),
    title: 'THÔNG BÁO',
    subject: `${resultsTitle(s, 'vi')} của ${name}`,
    intro,
    sections: noticeBody(m, notice.explained, findingsOf(m.findings, u.unit), f),
    closing: `Hội đồng thẩm định thông báo để ${name} biết, khắc phục những tồn tại, hạn chế và tiếp tục nâng cao chất lượng công tác cải cách hành chính./.`,
    recipients: [`- ${name};`, '- Lưu: VT.'],
    signer: signerOf(s, REPORT_SIGNER),
  };
}
