import type { SheetCheckArgs } from '../../diagnostics/codes-sheet-checks.js';
import type { MessageTable } from './types.js';

export const sheetCheckMessages = {
  SCORE_SURVEY_NOT_GIVEN: {
    en: (a) => `no survey given: the survey items (${a.codes}, ${a.survey} points) are left out of every maximum; the index is over the ${a.appraisal} appraisal points`,
    vi: (a) => `không có số liệu điều tra xã hội học: các tiêu chí điều tra (${a.codes}, ${a.survey} điểm) không tính vào điểm tối đa; chỉ số tính trên ${a.appraisal} điểm thẩm định`,
    hintEn: () => 'give the survey with -u survey.csv (one row per form, `cchc template --survey` writes the sheet) or its points as columns of the scores',
    hintVi: () => 'nhập điều tra với -u survey.csv (mỗi phiếu một dòng, lệnh `cchc template --survey` tạo mẫu) hoặc điểm điều tra thành cột trong tệp điểm',
  },
} satisfies MessageTable<keyof SheetCheckArgs>;
