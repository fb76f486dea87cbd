// `cchc template --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'ghi một bảng trống để nhập liệu: bảng điểm (unit, name, group, mã từng tiêu chí thẩm định, bonus/penalty khi bộ tiêu chí có, note) hoặc, với --survey, phiếu điều tra xã hội học',
  criteria: { flags: '-c, --criteria <tệp|mã[@phiên-bản]>', text: 'bộ tiêu chí (mặc định: ha-tinh-xa mới nhất)' },
  survey: 'mẫu phiếu điều tra xã hội học thay vì bảng điểm: unit, respondent, group (nếu bộ tiêu chí chia nhóm), rồi từng cột câu hỏi; mỗi phiếu một dòng',
  titles:
    'CSV: thêm dòng thứ hai: tên từng cột, điểm tối đa và cách ghi (điểm, có/không, tỷ lệ %, số lần, mức đánh giá); để lại trong bảng cũng được, cchc bỏ qua và báo. Tệp Excel luôn có dòng này, phía trên dòng tiêu đề',
  format: 'csv hoặc xlsx (sổ tính có danh sách chọn và giới hạn số)',
  after: `
Sổ tính (-o bang-diem.xlsx hoặc -f xlsx) có một dòng tên tiêu chí và điểm tối đa phía trên dòng tiêu
đề (cchc bỏ qua dòng này khi đọc), dòng tiêu đề in đậm và cố định, danh sách chọn cho các tiêu chí
có/không và theo mức (cả nhóm và câu trả lời với --survey), giới hạn số theo điểm tối đa của từng
tiêu chí. Điền xong và lưu lại là chấm điểm được ngay.

Ví dụ:
  cchc template -o bang-diem.csv
  cchc template -c ha-tinh-xa@2021 --titles -o bang-diem-co-ten-cot.csv
  cchc template --survey --titles -o phieu-dieu-tra.csv
  cchc template -o bang-diem.xlsx
  cchc template --survey -o phieu-dieu-tra.xlsx`,
};

const en: typeof vi = {
  description: 'write a blank sheet for data entry: scores (unit,name,group, every appraisal leaf code, bonus/penalty when the set has them, note) or, with --survey, raw survey answers',
  criteria: { flags: '-c, --criteria <file|id[@version]>', text: 'criteria set (default: newest ha-tinh-xa)' },
  survey: 'the raw-answers sheet instead of the scores: unit, respondent, group (when the set weights groups), then every question column; one row per form',
  titles:
    "CSV: add a second row: each column's title, its maximum and what to enter (points, có/không, a rate in %, a count, a level); it may stay, cchc skips it with a notice. A workbook always has it, above the header",
  format: 'csv or xlsx (a workbook with pick lists and number limits)',
  after: `
A workbook (-o scores.xlsx or -f xlsx) has a row of titles and maxima above the header (cchc skips
it when reading), the header bold and frozen, pick lists for yes/no and level criteria (and for
groups and answers with --survey), and number limits from each criterion's maximum. Filled in and
saved, it scores as it is.

Examples:
  cchc template -o scores.csv
  cchc template -c ha-tinh-xa@2021 --titles -o scores-with-titles.csv
  cchc template --survey --titles -o survey.csv
  cchc template -o scores.xlsx
  cchc template --survey -o survey.xlsx`,
};

export const templateHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
