import type { FindingsArgs } from '../../diagnostics/codes-findings.js';
import type { MessageTable } from './types.js';

const q = (s: string) => `"${s}"`;

export const findingsMessages = {
  SCORE_FINDINGS_NO_NOTE_COLUMN: {
    en: (a) => `no column for the remarks (columns: ${a.columns})`,
    vi: (a) => `không có cột nội dung nhận xét (các cột: ${a.columns})`,
    hintEn: () => 'name the column of the remarks "note", "ghi chú", "nhận xét", "tồn tại" or "kiến nghị"',
    hintVi: () => 'đặt tên cột nội dung là "ghi chú", "nhận xét", "tồn tại" hoặc "kiến nghị"',
  },
  SCORE_FINDING_UNKNOWN_UNIT: {
    en: (a) => `no unit ${q(a.unit)} in the scores${a.suggestions ? `; did you mean ${a.suggestions}?` : ''}`,
    vi: (a) => `không có đơn vị ${q(a.unit)} trong tệp điểm${a.suggestions ? `; có phải ${a.suggestions}?` : ''}`,
    hintEn: () => 'write the unit code or name as in the scores sheet',
    hintVi: () => 'ghi mã hoặc tên đơn vị như trong tệp điểm',
  },
  SCORE_FINDING_UNKNOWN_CODE: {
    en: (a) => `no criterion ${q(a.code)} in the criteria set${a.suggestions ? `; did you mean ${a.suggestions}?` : ''}`,
    vi: (a) => `bộ tiêu chí không có tiêu chí ${q(a.code)}${a.suggestions ? `; có phải ${a.suggestions}?` : ''}`,
    hintEn: () => 'write a code of the set at any level (3, 3.2, 3.2.1), or leave it empty for a remark on the unit as a whole',
    hintVi: () => 'ghi mã tiêu chí của bộ tiêu chí ở bất kỳ cấp nào (3, 3.2, 3.2.1), hoặc để trống nếu là nhận xét chung về đơn vị',
  },
  SCORE_FINDING_NOTE_EMPTY: {
    en: (a) => `${a.unit}${a.code ? `, criterion ${a.code}` : ''}: ${a.evidence ? 'evidence but no remark' : 'no remark: the row is left out'}`,
    vi: (a) => `${a.unit}${a.code ? `, tiêu chí ${a.code}` : ''}: ${a.evidence ? 'có tài liệu kiểm chứng nhưng không có nội dung nhận xét' : 'không có nội dung nhận xét: dòng này bị bỏ qua'}`,
  },
  SCORE_FINDING_KIND_UNKNOWN: {
    en: (a) => `unknown kind of remark ${q(a.text)}${a.suggestion ? ` (did you mean ${q(a.suggestion)}?)` : ''}; the remark is read as its column says (a plain remark under note)`,
    vi: (a) => `loại nhận xét không xác định ${q(a.text)}${a.suggestion ? ` (có phải ${q(a.suggestion)}?)` : ''}; nhận xét được đọc theo cột chứa nó (cột ghi chú: nhận xét thông thường)`,
    hintEn: () => 'write tồn tại (shortcoming), kiến nghị (recommendation), ghi nhận (acknowledged) or nhận xét (remark)',
    hintVi: () => 'ghi tồn tại, kiến nghị, ghi nhận hoặc nhận xét',
  },
  SCORE_FINDINGS_EMPTY: { en: () => 'the findings sheet holds no remark', vi: () => 'tệp nhận xét không có nhận xét nào' },
  SCORE_FINDINGS_COUNT: {
    en: (a) => `${a.remarks} remarks on ${a.units} units (${a.onCriteria} on criteria, ${a.remarks - a.onCriteria} on the unit as a whole; ${a.shortcomings} shortcomings, ${a.recommendations} recommendations)`,
    vi: (a) => `${a.remarks} nhận xét về ${a.units} đơn vị (${a.onCriteria} theo tiêu chí, ${a.remarks - a.onCriteria} nhận xét chung; ${a.shortcomings} tồn tại, hạn chế, ${a.recommendations} kiến nghị)`,
  },
  SCORE_FINDINGS_NOT_GIVEN: {
    en: () => '--with-findings, but no remark was given: the Word file has the ranking annex only',
    vi: () => 'có --with-findings nhưng không có nhận xét nào: tệp Word chỉ có phụ lục xếp hạng',
    hintEn: () => 'give the remarks with --findings FILE',
    hintVi: () => 'nhập các nhận xét với --findings TỆP',
  },
} satisfies MessageTable<keyof FindingsArgs>;
