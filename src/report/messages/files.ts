// Messages of several files given for one role (codes-files.ts).
import type { FilesArgs } from '../../diagnostics/codes-files.js';
import type { MessageTable } from './types.js';

const q = (s: string) => `"${s}"`;

export const filesMessages = {
  SCORE_UNIT_IN_TWO_FILES: {
    en: (a) => `unit ${q(a.unit)} is also in ${a.firstFile}, line ${a.firstLine} (${a.first}): a unit is given in one file of each kind`,
    vi: (a) => `đơn vị ${q(a.unit)} đã có trong tệp ${a.firstFile}, dòng ${a.firstLine} (${a.first}): mỗi đơn vị chỉ được có trong một tệp cùng loại`,
    hintEn: () => 'delete the unit from one of the two files (each file holds its own units: one file per team or per commune)',
    hintVi: () => 'xóa đơn vị khỏi một trong hai tệp (mỗi tệp chứa các đơn vị riêng: một tệp cho mỗi tổ hoặc mỗi xã)',
  },
  SCORE_SURVEY_FILES_MIXED: {
    en: (a) => `the survey files mix raw answers (${a.answers}) and survey points per unit (${a.points})`,
    vi: (a) => `các tệp điều tra lẫn phiếu trả lời (${a.answers}) với điểm điều tra theo đơn vị (${a.points})`,
    hintEn: () => 'give either the forms (one row per form) or the points (one row per unit), not both',
    hintVi: () => 'chỉ nhập một loại: phiếu (mỗi phiếu một dòng) hoặc điểm điều tra (mỗi đơn vị một dòng)',
  },
  INPUT_NO_FILES_MATCH: {
    en: (a) => `no file matches ${q(a.pattern)}`,
    vi: (a) => `không có tệp nào khớp với ${q(a.pattern)}`,
    hintEn: () => 'check the folder and the pattern (* stands for any characters of a file name)',
    hintVi: () => 'kiểm tra lại thư mục và mẫu tên tệp (* thay cho mọi ký tự trong tên tệp)',
  },
} satisfies MessageTable<keyof FilesArgs>;
