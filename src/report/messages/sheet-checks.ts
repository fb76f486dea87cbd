import type { SheetCheckArgs } from '../../diagnostics/codes-sheet-checks.js';
import type { MessageTable } from './types.js';

const COLUMN_VI: Record<string, string> = { name: 'tên', group: 'nhóm', note: 'ghi chú', ranked: 'xếp hạng', bonus: 'điểm thưởng', penalty: 'điểm trừ' };

export const sheetCheckMessages = {
  SCORE_SURVEY_NOT_GIVEN: {
    en: (a) => `no survey given: the survey items (${a.codes}, ${a.survey} points) are left out of every maximum; the index is over the ${a.appraisal} appraisal points`,
    vi: (a) => `không có số liệu điều tra xã hội học: các tiêu chí điều tra (${a.codes}, ${a.survey} điểm) không tính vào điểm tối đa; chỉ số tính trên ${a.appraisal} điểm thẩm định`,
    hintEn: () => 'give the survey with -u survey.csv (one row per form, `cchc template --survey` writes the sheet) or its points as columns of the scores',
    hintVi: () => 'nhập điều tra với -u survey.csv (mỗi phiếu một dòng, lệnh `cchc template --survey` tạo mẫu) hoặc điểm điều tra thành cột trong tệp điểm',
  },
  SCORE_RATE_AS_FRACTION: {
    en: (a) => `"${a.text}" in criterion ${a.code} (a rate in %) looks like a fraction: scored as ${a.text}%, not ${a.percent}%`,
    vi: (a) => `"${a.text}" ở tiêu chí ${a.code} (tỷ lệ tính bằng %) giống một phân số: đang tính là ${a.text}%, không phải ${a.percent}%`,
    hintEn: (a) => `write the rate in percent: ${a.percent} (or ${a.percent}%)`,
    hintVi: (a) => `ghi tỷ lệ theo phần trăm: ${a.percent} (hoặc ${a.percent}%)`,
  },
  SCORE_RATE_ABOVE_100: {
    en: (a) => `"${a.text}" in criterion ${a.code} is a rate above 100%`,
    vi: (a) => `"${a.text}" ở tiêu chí ${a.code} là tỷ lệ vượt 100%`,
    hintEn: () => 'a rate is at most 100: check the numerator and the denominator',
    hintVi: () => 'tỷ lệ tối đa là 100: kiểm tra lại tử số và mẫu số',
  },
  SCORE_COMPUTED_COLUMN: {
    en: (a) => `column "${a.header}" is computed by cchc: the sheet's values are checked against cchc's, not used`,
    vi: (a) => `cột "${a.header}" do cchc tự tính: giá trị trong bảng được đối chiếu với kết quả của cchc, không dùng để tính`,
  },
  SCORE_COMPUTED_MISMATCH: {
    en: (a) => `${a.unit}: the sheet's "${a.column}" is ${a.theirs}, cchc computes ${a.ours}`,
    vi: (a) => `${a.unit}: cột "${a.column}" trong bảng ghi ${a.theirs}, cchc tính được ${a.ours}`,
    hintEn: () => "cchc's value is the one reported; check the spreadsheet's formula and the cells it adds up",
    hintVi: () => 'kết quả của cchc là kết quả được báo cáo; kiểm tra công thức trong bảng tính và các ô nó cộng',
  },
  SCORE_UNIT_VALUE_CONFLICT: {
    en: (a) => `${a.unit}: ${a.column} is "${a.second}" here but "${a.first}" on line ${a.firstLine}`,
    vi: (a) => `${a.unit}: ${COLUMN_VI[a.column] ?? a.column} ở đây là "${a.second}" nhưng ở dòng ${a.firstLine} là "${a.first}"`,
    hintEn: () => 'give it once per unit (a row with that code, or the column on one row), or the same value on every row',
    hintVi: () => 'ghi một lần cho mỗi đơn vị (một dòng có mã đó, hoặc cột đó ở một dòng), hoặc cùng một giá trị ở mọi dòng',
  },
  SCORE_TITLES_ROW_SKIPPED: {
    en: () => 'the titles row of `cchc template --titles` is still under the header: skipped',
    vi: () => 'dòng tên tiêu chí của `cchc template --titles` vẫn còn dưới dòng tiêu đề: đã bỏ qua',
    hintEn: () => 'it may stay; delete it to silence this notice',
    hintVi: () => 'có thể để lại; xóa dòng này thì thông báo không còn',
  },
  SCORE_DECIMAL_OTHER_MARK: {
    en: (a) => `"${a.text}" is written with a decimal ${a.mark === 'comma' ? 'point' : 'comma'}; the rest of the file uses a decimal ${a.mark === 'comma' ? 'comma' : 'point'}`,
    vi: (a) => `"${a.text}" viết bằng dấu thập phân ${a.mark === 'comma' ? 'chấm' : 'phẩy'}; phần còn lại của tệp dùng dấu ${a.mark === 'comma' ? 'phẩy' : 'chấm'}`,
    hintEn: (a) => `write ${a.fixed}`,
    hintVi: (a) => `ghi ${a.fixed}`,
  },
} satisfies MessageTable<keyof SheetCheckArgs>;
