import type { ScoreArgs } from '../../diagnostics/codes-score.js';
import type { MessageTable } from './types.js';

const q = (s: string) => `"${s}"`;

/** The text with its decimal marks swapped: `1.5` → `1,5`. */
const swapped = (text: string) => text.trim().replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
/** Why a number did not read, when its decimal mark is the cause: it reads with the other mark. */
const markVi = (a: { text: string; mark?: 'dot' | 'comma' }) =>
  a.mark === undefined ? '' : `: số này viết bằng dấu ${a.mark === 'comma' ? 'chấm' : 'phẩy'} thập phân, nhưng tệp được đọc với dấu ${a.mark === 'comma' ? 'phẩy' : 'chấm'} thập phân (ghi ${swapped(a.text)})`;
const markEn = (a: { text: string; mark?: 'dot' | 'comma' }) =>
  a.mark === undefined ? '' : `: it is written with a decimal ${a.mark === 'comma' ? 'point' : 'comma'}, but the file is read with a decimal ${a.mark === 'comma' ? 'comma' : 'point'} (write ${swapped(a.text)})`;

export const scoreMessages = {
  SCORE_VALUE_NOT_NUMBER: { en: (a) => `${q(a.text)} is not a number (criterion ${a.code})${markEn(a)}`, vi: (a) => `${q(a.text)} không phải là số (tiêu chí ${a.code})${markVi(a)}` },
  SCORE_VALUE_EXCEL_ERROR: {
    en: (a) => `Excel error value ${q(a.text)} in criterion ${a.code}`,
    vi: (a) => `giá trị lỗi Excel ${q(a.text)} ở tiêu chí ${a.code}`,
    hintEn: () => 'fix the formula in the spreadsheet, then export again',
    hintVi: () => 'sửa công thức trong bảng tính rồi xuất lại',
  },
  SCORE_VALUE_DATE: {
    en: (a) => `${q(a.text)} looks like a date where points belong (criterion ${a.code})`,
    vi: (a) => `${q(a.text)} giống ngày tháng, không phải điểm (tiêu chí ${a.code})`,
    hintEn: () => 'format the column as Number (or Text) in Excel and re-enter the value',
    hintVi: () => 'định dạng cột là Number (hoặc Text) trong Excel rồi nhập lại giá trị',
  },
  SCORE_VALUE_FORMULA: {
    en: (a) => `formula text ${q(a.text)} instead of a value (criterion ${a.code})`,
    vi: (a) => `công thức ${q(a.text)} thay vì giá trị (tiêu chí ${a.code})`,
    hintEn: () => 'export values, not formulas (Save As CSV)',
    hintVi: () => 'xuất giá trị chứ không phải công thức (Lưu thành CSV)',
  },
  SCORE_VALUE_ABOVE_MAX: { en: (a) => `${a.text} is above the maximum ${a.max} of criterion ${a.code}`, vi: (a) => `${a.text} vượt điểm tối đa ${a.max} của tiêu chí ${a.code}` },
  SCORE_VALUE_BELOW_MIN: { en: (a) => `${a.text} is below the minimum ${a.min} of criterion ${a.code}`, vi: (a) => `${a.text} thấp hơn điểm tối thiểu ${a.min} của tiêu chí ${a.code}` },
  SCORE_VALUE_NEGATIVE: { en: (a) => `${a.text} cannot be negative (criterion ${a.code})`, vi: (a) => `${a.text} không được âm (tiêu chí ${a.code})` },
  SCORE_COUNT_NOT_WHOLE: { en: (a) => `${a.text} is not a whole number of violations (criterion ${a.code})`, vi: (a) => `${a.text} không phải số lần vi phạm nguyên (tiêu chí ${a.code})` },
  SCORE_YESNO_INVALID: {
    en: (a) => `${q(a.text)} is not yes/no (criterion ${a.code})`,
    vi: (a) => `${q(a.text)} không phải có/không (tiêu chí ${a.code})`,
    hintEn: () => 'write có/không, đạt/không đạt, x/blank, yes/no or 1/0',
    hintVi: () => 'ghi có/không, đạt/không đạt, x/để trống, yes/no hoặc 1/0',
  },
  SCORE_LEVEL_UNKNOWN: {
    en: (a) => `${q(a.text)} is not a level of criterion ${a.code}`,
    vi: (a) => `${q(a.text)} không phải mức đánh giá của tiêu chí ${a.code}`,
    hintEn: (a) => `use one of: ${a.levels}`,
    hintVi: (a) => `dùng một trong: ${a.levels}`,
  },
  SCORE_NA_NOT_ALLOWED: {
    en: (a) => `criterion ${a.code} cannot be "not applicable" (${q(a.text)})`,
    vi: (a) => `tiêu chí ${a.code} không được ghi "không áp dụng" (${q(a.text)})`,
    hintEn: () => 'enter the points, or give the criterion a whenNotApplicable rule in the criteria set',
    hintVi: () => 'nhập điểm, hoặc khai báo whenNotApplicable cho tiêu chí trong bộ tiêu chí',
  },
  SCORE_VALUE_MISSING: {
    en: (a) => `no value for ${a.unit}, criterion ${a.code}`,
    vi: (a) => `thiếu điểm của ${a.unit}, tiêu chí ${a.code}`,
    hintEn: () => 'enter a value, "-" if not applicable, or run with --missing zero',
    hintVi: () => 'nhập điểm, "-" nếu không áp dụng, hoặc chạy với --missing zero',
  },
  SCORE_COLUMN_MISSING: {
    en: (a) => `no column for ${a.count === 1 ? 'criterion' : `${a.count} criteria`}: ${a.codes}`,
    vi: (a) => `thiếu cột của ${a.count === 1 ? 'tiêu chí' : `${a.count} tiêu chí`}: ${a.codes}`,
    hintEn: () => 'add the column (`cchc template` writes every one), or run with --missing zero',
    hintVi: () => 'thêm cột (lệnh `cchc template` tạo đủ các cột), hoặc chạy với --missing zero',
  },
  SCORE_UNKNOWN_COLUMN: {
    en: (a) =>
      a.missing && a.suggestion
        ? `unknown column ${q(a.header)}, and criterion ${a.suggestion} has no column: is ${q(a.header)} meant to be ${q(a.suggestion)}?`
        : `unknown column ${q(a.header)}${a.suggestion ? ` (did you mean ${q(a.suggestion)}?)` : ''}`,
    vi: (a) =>
      a.missing && a.suggestion
        ? `cột không xác định ${q(a.header)}, và tiêu chí ${a.suggestion} không có cột: có phải ${q(a.header)} là ${q(a.suggestion)}?`
        : `cột không xác định ${q(a.header)}${a.suggestion ? ` (có phải ${q(a.suggestion)}?)` : ''}`,
    hintEn: (a) =>
      a.missing && a.suggestion
        ? `rename the column ${a.suggestion}`
        : 'a column is unit (đơn vị), name (tên), group (nhóm), ranked (xếp hạng), bonus (điểm thưởng), penalty (điểm trừ), note (ghi chú), a leaf code of the criteria set, or a result cchc checks (total/tổng điểm, index/chỉ số, band/xếp loại, rank/hạng, a subtotal)',
    hintVi: (a) =>
      a.missing && a.suggestion
        ? `đổi tên cột thành ${a.suggestion}`
        : 'các cột hợp lệ: đơn vị (unit), tên (name), nhóm (group), xếp hạng (ranked), điểm thưởng (bonus), điểm trừ (penalty), ghi chú (note), mã tiêu chí lá, hoặc kết quả cchc đối chiếu (tổng điểm, chỉ số, xếp loại, hạng, điểm tổng của lĩnh vực)',
  },
  SCORE_CODE_MANGLED: {
    en: (a) => `header ${q(a.header)} looks like a code Excel changed${a.code ? ` (${q(a.code)}?)` : ' into a date'}`,
    vi: (a) => `tiêu đề ${q(a.header)} có vẻ là mã bị Excel đổi${a.code ? ` (${q(a.code)}?)` : ' thành ngày tháng'}`,
    hintEn: () => 'format the header row as Text in Excel, retype the codes, export again',
    hintVi: () => 'định dạng dòng tiêu đề là Text trong Excel, gõ lại mã rồi xuất lại',
  },
  SCORE_UNKNOWN_CODE: {
    en: (a) => `unknown criterion code ${q(a.code)}${a.suggestion ? ` (did you mean ${q(a.suggestion)}?)` : ''}`,
    vi: (a) => `mã tiêu chí không tồn tại ${q(a.code)}${a.suggestion ? ` (có phải ${q(a.suggestion)}?)` : ''}`,
    hintEn: () => 'a code is a leaf code of the criteria set (`cchc criteria show` lists them), or bonus, penalty, name, group, note, ranked',
    hintVi: () => 'mã là mã tiêu chí lá của bộ tiêu chí (`cchc criteria show` liệt kê), hoặc điểm thưởng (bonus), điểm trừ (penalty), tên (name), nhóm (group), ghi chú (note), xếp hạng (ranked)',
  },
  SCORE_PARENT_CODE: {
    en: (a) => `${q(a.code)} is a subtotal: cchc computes it and checks the sheet's values against its own`,
    vi: (a) => `${q(a.code)} là điểm tổng: cchc tự tính và đối chiếu giá trị trong bảng với kết quả của mình`,
  },
  SCORE_NO_UNIT_COLUMN: {
    en: (a) => `no unit column (columns: ${a.columns})`,
    vi: (a) => `không có cột đơn vị (các cột: ${a.columns})`,
    hintEn: () => 'name the units\' column "unit" or "đơn vị" (also accepted: "mã đơn vị", "xã")',
    hintVi: () => 'đặt tên cột đơn vị là "đơn vị" hoặc "unit" (cũng nhận: "mã đơn vị", "xã")',
  },
  SCORE_UNIT_EMPTY: { en: () => 'a row with values but no unit', vi: () => 'dòng có điểm nhưng không có tên đơn vị' },
  SCORE_DUPLICATE_UNIT: {
    en: (a) =>
      a.how === 'name-code' ? `unit ${q(a.unit)} appears twice: it is the name of ${a.first ?? ''} on line ${a.firstLine}`
        : a.how === 'code-name' ? `unit ${q(a.unit)} appears twice: its name is the code of ${a.first ?? ''} on line ${a.firstLine}`
          : `unit ${q(a.unit)} appears twice (first on line ${a.firstLine})`,
    vi: (a) =>
      a.how === 'name-code' ? `đơn vị ${q(a.unit)} bị trùng: đó là tên của ${a.first ?? ''} ở dòng ${a.firstLine}`
        : a.how === 'code-name' ? `đơn vị ${q(a.unit)} bị trùng: tên của nó là mã của ${a.first ?? ''} ở dòng ${a.firstLine}`
          : `đơn vị ${q(a.unit)} bị trùng (lần đầu ở dòng ${a.firstLine})`,
    hintEn: (a) => (a.how === 'name-code' || a.how === 'code-name' ? 'a unit is one row, named by its code or its name: delete one of the two rows, or merge them' : ''),
    hintVi: (a) => (a.how === 'name-code' || a.how === 'code-name' ? 'mỗi đơn vị một dòng, ghi bằng mã hoặc tên: xóa một trong hai dòng, hoặc gộp lại' : ''),
  },
  SCORE_DUPLICATE_CELL: { en: (a) => `${q(a.unit)}, criterion ${a.code} given twice (first on line ${a.firstLine})`, vi: (a) => `${q(a.unit)}, tiêu chí ${a.code} bị nhập hai lần (lần đầu ở dòng ${a.firstLine})` },
  SCORE_NO_UNITS: { en: () => 'no unit rows in the file', vi: () => 'tệp không có dòng đơn vị nào' },
  SCORE_UNIT_ONLY_IN: {
    en: (a) => `unit ${q(a.unit)} is not in ${a.otherFile}${a.count !== undefined && a.count > 1 ? ` (${a.count} rows: ${a.lines ?? ''})` : ''}${a.suggestion ? ` (the closest there: ${a.suggestion.startsWith('"') ? a.suggestion : q(a.suggestion)})` : ''}`,
    vi: (a) => `đơn vị ${q(a.unit)} không có trong ${a.otherFile}${a.count !== undefined && a.count > 1 ? ` (${a.count} dòng: ${a.lines ?? ''})` : ''}${a.suggestion ? ` (gần nhất trong đó: ${a.suggestion.startsWith('"') ? a.suggestion : q(a.suggestion)})` : ''}`,
    hintEn: () => 'check the spelling of the unit in both files',
    hintVi: () => 'kiểm tra cách ghi tên đơn vị ở cả hai tệp',
  },
  SCORE_RANKED_INVALID: { en: (a) => `ranked must be yes or no, not ${q(a.text)}`, vi: (a) => `cột xếp hạng phải là có hoặc không, không phải ${q(a.text)}` },
  SCORE_ADJUSTMENT_INVALID: { en: (a) => `${a.column} ${q(a.text)} is not a number ≥ 0${markEn(a)}`, vi: (a) => `${a.column === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${q(a.text)} không phải số ≥ 0${markVi(a)}` },
  SCORE_ADJUSTMENT_CAPPED: {
    en: (a) => `${a.unit}: ${a.column} ${a.value} capped at ${a.cap}`,
    vi: (a) => `${a.unit}: ${a.column === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${a.value} được tính tối đa ${a.cap}`,
  },
  SCORE_ADJUSTMENT_NOT_ALLOWED: {
    en: (a) => `${a.unit}: ${a.column} ${a.value} ignored: the criteria set has no ${a.column}`,
    vi: (a) => `${a.unit}: ${a.column === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${a.value} bị bỏ qua: bộ tiêu chí không quy định`,
  },
  SCORE_DECIMAL_AMBIGUOUS: {
    en: (a) =>
      a.comma !== undefined && a.dot !== undefined
        ? `the file mixes decimal marks: ${a.comma} numbers with a comma, ${a.dot} with a point (${a.examples})`
        : `cannot tell the decimal mark: every number reads both ways (${a.examples})`,
    vi: (a) =>
      a.comma !== undefined && a.dot !== undefined
        ? `tệp dùng lẫn hai dấu thập phân: ${a.comma} số dùng dấu phẩy, ${a.dot} số dùng dấu chấm (${a.examples})`
        : `không xác định được dấu thập phân: mọi số đều đọc được theo hai cách (${a.examples})`,
    // Mixed: --decimal would read half the numbers wrong (a second error); the cells must agree first.
    hintEn: (a) =>
      a.comma !== undefined && a.dot !== undefined
        ? 'write every number with the same mark (in Excel: select the columns, Find and Replace), then export again'
        : 'say which with --decimal dot (1.250 = one and a quarter) or --decimal comma (1.250 = one thousand two hundred fifty)',
    hintVi: (a) =>
      a.comma !== undefined && a.dot !== undefined
        ? 'ghi mọi số cùng một dấu thập phân (trong Excel: chọn các cột, Tìm và Thay thế) rồi xuất lại'
        : 'cho biết bằng --decimal dot (1.250 là một phẩy hai lăm) hoặc --decimal comma (1.250 là một nghìn hai trăm năm mươi)',
  },
  SCORE_DECIMAL_DETECTED: {
    en: (a) => `decimal mark: ${a.mark === 'comma' ? 'comma' : 'point'}${a.forced ? ' (--decimal)' : a.evidence ? ` (from ${a.evidence})` : ' (default: no number decides it)'}`,
    vi: (a) => `dấu thập phân: ${a.mark === 'comma' ? 'dấu phẩy' : 'dấu chấm'}${a.forced ? ' (--decimal)' : a.evidence ? ` (theo ${a.evidence})` : ' (mặc định: không có số nào cho biết)'}`,
  },
  SCORE_SURVEY_ANSWER_INVALID: {
    en: (a) => `answer ${q(a.text)} to ${a.question} is not one of ${a.allowed}`,
    vi: (a) => `câu trả lời ${q(a.text)} cho ${a.question} không thuộc ${a.allowed}`,
  },
  SCORE_SURVEY_QUESTION_MISSING: { en: (a) => `no column for question ${q(a.question)}`, vi: (a) => `thiếu cột câu hỏi ${q(a.question)}` },
  SCORE_SURVEY_NO_QUESTIONS: {
    en: () => 'the survey file has neither question columns nor survey leaf columns',
    vi: () => 'tệp điều tra không có cột câu hỏi cũng không có cột tiêu chí điều tra',
  },
  SCORE_SURVEY_GROUP_UNKNOWN: {
    en: (a) => `unknown respondent group ${q(a.group)} (${a.suggestion ? `did you mean ${q(a.suggestion)}? ` : ''}groups: ${a.groups})`,
    vi: (a) => `nhóm người trả lời không xác định ${q(a.group)} (${a.suggestion ? `có phải ${q(a.suggestion)}? ` : ''}các nhóm: ${a.groups})`,
  },
  SCORE_SURVEY_GROUP_MISSING: { en: (a) => `the set weights respondent groups (${a.groups}) but the file has no group column`, vi: (a) => `bộ tiêu chí chia nhóm người trả lời (${a.groups}) nhưng tệp không có cột nhóm` },
  SCORE_SURVEY_LEAF_TWICE: { en: (a) => `survey item ${a.code} is given here and in ${a.otherFile}`, vi: (a) => `tiêu chí điều tra ${a.code} có ở cả tệp này và ${a.otherFile}` },
  SCORE_SURVEY_IN_SELF_ASSESSMENT: {
    en: (a) => `${a.code} is a survey item: units do not score the survey`,
    vi: (a) => `${a.code} là tiêu chí điều tra xã hội học: đơn vị không tự chấm`,
  },
  SCORE_SURVEY_UNIT_NO_ANSWERS: { en: (a) => `${a.unit}: no valid answer for survey item ${a.code}`, vi: (a) => `${a.unit}: không có câu trả lời hợp lệ cho tiêu chí ${a.code}` },
  SCORE_NO_APPLICABLE_MAX: { en: (a) => `${a.unit}: no criterion applies, the index cannot be computed`, vi: (a) => `${a.unit}: không tiêu chí nào áp dụng, không tính được chỉ số` },
  SCORE_UNIT_UNKNOWN: {
    en: (a) => `no unit ${q(a.unit)}${a.suggestions ? `; did you mean ${a.suggestions}?` : ''}`,
    vi: (a) => `không có đơn vị ${q(a.unit)}${a.suggestions ? `; có phải ${a.suggestions}?` : ''}`,
    hintEn: () => 'give the unit code or the name as in the scores file (cchc score lists them)',
    hintVi: () => 'ghi mã hoặc tên đơn vị như trong tệp điểm (cchc score liệt kê các đơn vị)',
  },
  SCORE_RANKING_COLUMN_MISSING: {
    en: (a) => `not a ranking table: no ${a.columns} column`,
    vi: (a) => `không phải bảng xếp hạng: thiếu cột ${a.columns}`,
    hintEn: () => 'a ranking has a unit column (unit, mã đơn vị, đơn vị or tên đơn vị), a rank column (rank, hạng, xếp hạng, thứ hạng) and an index column (index, chỉ số, chỉ số CCHC, điểm), as cchc score -f csv writes it or the council publishes it',
    hintVi: () => 'bảng xếp hạng cần cột đơn vị (mã đơn vị, đơn vị hoặc tên đơn vị), cột hạng (hạng, xếp hạng, thứ hạng) và cột chỉ số (chỉ số, chỉ số CCHC, điểm), như tệp cchc score -f csv ghi ra hoặc bảng Hội đồng công bố',
  },
  SCORE_RANKING_VALUE_INVALID: { en: (a) => `${a.column} ${q(a.text)} is not a number${markEn(a)}`, vi: (a) => `${a.column} ${q(a.text)} không phải là số${markVi(a)}` },
} satisfies MessageTable<keyof ScoreArgs>;
