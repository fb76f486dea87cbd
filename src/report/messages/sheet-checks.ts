import type { SheetCheckArgs } from '../../diagnostics/codes-sheet-checks.js';
import type { MessageTable } from './types.js';

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
} satisfies MessageTable<keyof SheetCheckArgs>;
