import type { CriteriaArgs } from '../../diagnostics/codes-criteria.js';
import { jsonProblemHint, jsonProblemText } from './json-problems.js';
import { invalidValueText, wrongTypeText } from './schema-words.js';
import type { MessageTable } from './types.js';

export const criteriaMessages = {
  CRITERIA_JSON_SYNTAX: {
    en: (a) => `JSON syntax error: ${jsonProblemText(a, 'en')}`,
    vi: (a) => `lỗi cú pháp JSON: ${jsonProblemText(a, 'vi')}`,
    hintEn: (a) => jsonProblemHint(a, 'en'),
    hintVi: (a) => jsonProblemHint(a, 'vi'),
  },
  CRITERIA_JSON_DUPLICATE_KEY: {
    en: (a) => `key "${a.key}" appears twice (first on line ${a.firstLine})`,
    vi: (a) => `khóa "${a.key}" xuất hiện hai lần (lần đầu ở dòng ${a.firstLine})`,
  },
  CRITERIA_JSON_TOO_DEEP: {
    en: (a) => `objects and lists are nested more than ${a.limit} deep here`,
    vi: (a) => `các đối tượng và danh sách lồng nhau quá ${a.limit} cấp tại đây`,
    hintEn: () => 'a criteria tree needs a few levels: check the brackets, or that this is a criteria file',
    hintVi: () => 'cây tiêu chí chỉ cần vài cấp: kiểm tra lại các dấu ngoặc, hoặc xem có đúng tệp bộ tiêu chí không',
  },
  CRITERIA_ENCODING_INVALID: {
    en: (a) => `invalid byte in UTF-8 (${a.bytes}): a criteria file is UTF-8 text`,
    vi: (a) => `byte không hợp lệ trong UTF-8 (${a.bytes}): tệp bộ tiêu chí phải là văn bản UTF-8`,
    hintEn: () => 'save the criteria file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
    hintVi: () => 'lưu tệp bộ tiêu chí theo mã UTF-8 (trong Notepad: Save As → Encoding: UTF-8)',
  },
  CRITERIA_FORMAT_NEWER: {
    en: (a) => `format "${a.format}" needs a newer cchc`,
    vi: (a) => `định dạng "${a.format}" cần phiên bản cchc mới hơn`,
    hintEn: () => 'update cchc (npm install -g cchc)',
    hintVi: () => 'cập nhật cchc (npm install -g cchc)',
  },
  CRITERIA_FORMAT_UNKNOWN: {
    en: (a) => `"${a.format}" is not a criteria format; expected "cchc-criteria/1"`,
    vi: (a) => `"${a.format}" không phải định dạng bộ tiêu chí; cần "cchc-criteria/1"`,
  },
  CRITERIA_UNKNOWN_KEY: {
    en: (a) => `unknown key "${a.key}"${a.suggestion ? ` (did you mean "${a.suggestion}"?)` : ''}`,
    vi: (a) => `khóa không hợp lệ "${a.key}"${a.suggestion ? ` (có phải "${a.suggestion}"?)` : ''}`,
  },
  CRITERIA_MISSING_KEY: { en: (a) => `required key "${a.key}" is missing`, vi: (a) => `thiếu khóa bắt buộc "${a.key}"` },
  CRITERIA_WRONG_TYPE: wrongTypeText,
  CRITERIA_INVALID_VALUE: invalidValueText,
  CRITERIA_CODE_DUPLICATE: {
    en: (a) => `code "${a.code}" is used twice (first at ${a.firstPath})`,
    vi: (a) => `mã "${a.code}" bị trùng (lần đầu ở ${a.firstPath})`,
  },
  CRITERIA_CODE_RESERVED: {
    en: (a) => `code "${a.code}" is a reserved column name of score files`,
    vi: (a) => `mã "${a.code}" trùng tên cột dành riêng của tệp điểm`,
  },
  CRITERIA_MAX_NOT_POSITIVE: { en: (a) => `"${a.code}": max must be > 0, not ${a.max}`, vi: (a) => `"${a.code}": điểm tối đa phải > 0, không phải ${a.max}` },
  CRITERIA_MAX_SUM_MISMATCH: {
    en: (a) => `"${a.code}": max ${a.max} differs from the sum of its children's, ${a.sum}`,
    vi: (a) => `"${a.code}": điểm tối đa ${a.max} khác tổng điểm tối đa của các tiêu chí con, ${a.sum}`,
  },
  CRITERIA_RULE_ON_PARENT: { en: (a) => `"${a.code}" has children, so it cannot have a rule`, vi: (a) => `"${a.code}" có tiêu chí con nên không có quy tắc chấm` },
  CRITERIA_RULE_ON_SURVEY_LEAF: {
    en: (a) => `"${a.code}" is a survey item: its points come from the survey, not a rule`,
    vi: (a) => `"${a.code}" là tiêu chí điều tra xã hội học: điểm lấy từ điều tra, không theo quy tắc chấm`,
  },
  CRITERIA_NA_ON_PARENT: { en: (a) => `"${a.code}": whenNotApplicable applies to leaves only`, vi: (a) => `"${a.code}": whenNotApplicable chỉ dùng cho tiêu chí lá` },
  CRITERIA_SOURCE_CONFLICT: {
    en: (a) => `"${a.code}" is under a survey node and cannot be "appraisal"`,
    vi: (a) => `"${a.code}" nằm trong nhóm điều tra, không thể là "appraisal"`,
  },
  CRITERIA_POINTS_MIN: { en: (a) => `"${a.code}": min ${a.min} must be below max ${a.max}`, vi: (a) => `"${a.code}": min ${a.min} phải nhỏ hơn điểm tối đa ${a.max}` },
  CRITERIA_STEPS_ORDER: {
    en: (a) => `"${a.code}": steps must go from the highest min down; ${a.min} follows ${a.previousMin}`,
    vi: (a) => `"${a.code}": các mức phải xếp từ min cao xuống thấp; ${a.min} đứng sau ${a.previousMin}`,
  },
  CRITERIA_STEP_POINTS_RANGE: {
    en: (a) => `"${a.code}": step points ${a.points} outside [${a.low}, ${a.max}]`,
    vi: (a) => `"${a.code}": điểm của mức ${a.points} nằm ngoài [${a.low}, ${a.max}]`,
  },
  CRITERIA_LEVELS_EMPTY: { en: (a) => `"${a.code}": levels is empty`, vi: (a) => `"${a.code}": danh sách mức (levels) trống` },
  CRITERIA_LEVEL_DUPLICATE: { en: (a) => `"${a.code}": level "${a.label}" given twice`, vi: (a) => `"${a.code}": mức "${a.label}" bị trùng` },
  CRITERIA_LEVEL_POINTS_RANGE: {
    en: (a) => `"${a.code}": level "${a.label}" gives ${a.points}, outside [0, ${a.max}]`,
    vi: (a) => `"${a.code}": mức "${a.label}" cho ${a.points} điểm, ngoài [0, ${a.max}]`,
  },
  CRITERIA_DEDUCTION_PER: { en: (a) => `"${a.code}": per must be > 0, not ${a.per}`, vi: (a) => `"${a.code}": per phải > 0, không phải ${a.per}` },
  CRITERIA_DEDUCTION_FLOOR: { en: (a) => `"${a.code}": floor ${a.floor} must be below max ${a.max}`, vi: (a) => `"${a.code}": floor ${a.floor} phải nhỏ hơn điểm tối đa ${a.max}` },
  CRITERIA_PROPORTIONAL_OF: { en: (a) => `"${a.code}": of must be > 0, not ${a.of}`, vi: (a) => `"${a.code}": of phải > 0, không phải ${a.of}` },
  CRITERIA_UNIT_NOT_RATE: {
    en: (a) => `"${a.code}": "unit": "%" needs a leaf whose cell is a measured rate (a steps or proportional rule), not ${a.type === 'children' ? 'a node with children' : `a ${a.type} rule`}`,
    vi: (a) => `"${a.code}": "unit": "%" chỉ dùng cho tiêu chí lá nhập một tỷ lệ đo được (quy tắc steps hoặc proportional), không dùng cho ${a.type === 'children' ? 'tiêu chí có tiêu chí con' : `quy tắc ${a.type}`}`,
    hintEn: () => 'remove "unit", or give the leaf a steps or proportional rule',
    hintVi: () => 'bỏ "unit", hoặc cho tiêu chí quy tắc steps hay proportional',
  },
  CRITERIA_BANDS_ORDER: {
    en: (a) => `band "${a.label}" (min ${a.min}) must be below the band before it (min ${a.previousMin}): highest first`,
    vi: (a) => `xếp loại "${a.label}" (min ${a.min}) phải thấp hơn xếp loại trước (min ${a.previousMin}): cao nhất trước`,
  },
  CRITERIA_BANDS_DUPLICATE_LABEL: { en: (a) => `band label "${a.label}" is used twice`, vi: (a) => `nhãn xếp loại "${a.label}" bị trùng` },
  CRITERIA_BANDS_RANGE: { en: (a) => `band "${a.label}": min ${a.min} is outside 0–100`, vi: (a) => `xếp loại "${a.label}": min ${a.min} ngoài khoảng 0–100` },
  CRITERIA_BANDS_NO_FLOOR: {
    en: (a) => `the lowest band "${a.label}" starts at ${a.min}: units below get no band`,
    vi: (a) => `xếp loại thấp nhất "${a.label}" bắt đầu từ ${a.min}: đơn vị thấp hơn sẽ không được xếp loại`,
  },
  CRITERIA_TIEBREAK_UNKNOWN: {
    en: (a) => `tie-break "${a.key}" is neither "appraisal" nor a node code`,
    vi: (a) => `tiêu chí phụ "${a.key}" không phải "appraisal" cũng không phải mã tiêu chí`,
  },
  CRITERIA_SURVEY_NO_LEAVES: {
    en: () => 'a survey section is given but no node has "source": "survey"',
    vi: () => 'có mục survey nhưng không có tiêu chí nào "source": "survey"',
  },
  CRITERIA_SURVEY_QUESTION_UNKNOWN_CODE: {
    en: (a) => `question "${a.question}" points to unknown code "${a.code}"`,
    vi: (a) => `câu hỏi "${a.question}" trỏ tới mã không tồn tại "${a.code}"`,
  },
  CRITERIA_SURVEY_QUESTION_NOT_SURVEY_LEAF: {
    en: (a) => `question "${a.question}" points to "${a.code}", which is not a survey leaf`,
    vi: (a) => `câu hỏi "${a.question}" trỏ tới "${a.code}", không phải tiêu chí lá điều tra xã hội học`,
  },
  CRITERIA_SURVEY_QUESTION_DUPLICATE: { en: (a) => `question "${a.question}" is listed twice`, vi: (a) => `câu hỏi "${a.question}" bị trùng` },
  CRITERIA_SURVEY_QUESTION_RESERVED: {
    en: (a) => `question column "${a.question}" has the name of a reserved column (unit, group…)`,
    vi: (a) => `cột câu hỏi "${a.question}" trùng tên cột dành riêng (đơn vị, nhóm…)`,
  },
  CRITERIA_SURVEY_LEAF_NO_QUESTION: {
    en: (a) => `survey leaf "${a.code}" has no question: raw answers cannot score it`,
    vi: (a) => `tiêu chí điều tra "${a.code}" không có câu hỏi nào: không tính được từ phiếu`,
  },
  CRITERIA_SURVEY_WEIGHT_RANGE: { en: (a) => `answer "${a.answer}": weight ${a.weight} outside [0, 1]`, vi: (a) => `phương án "${a.answer}": trọng số ${a.weight} ngoài [0, 1]` },
  CRITERIA_SURVEY_IGNORE_CONFLICT: { en: (a) => `answer "${a.answer}" is both weighted and ignored`, vi: (a) => `phương án "${a.answer}" vừa có trọng số vừa bị bỏ qua` },
  CRITERIA_SURVEY_ANSWER_DUPLICATE: {
    en: (a) => `answer "${a.answer}" is the same as "${a.first}": answers are matched ignoring case`,
    vi: (a) => `phương án "${a.answer}" trùng với "${a.first}": phương án được so khớp không phân biệt hoa thường`,
  },
  CRITERIA_SURVEY_GROUP_DUPLICATE: {
    en: (a) => `group "${a.group}" is the same as "${a.first}": groups are matched ignoring case`,
    vi: (a) => `nhóm "${a.group}" trùng với "${a.first}": nhóm được so khớp không phân biệt hoa thường`,
  },
  CRITERIA_SURVEY_GROUP_SHARE_RANGE: { en: (a) => `group "${a.group}": share ${a.share} must be in (0, 1]`, vi: (a) => `nhóm "${a.group}": tỷ trọng ${a.share} phải trong (0, 1]` },
  CRITERIA_SURVEY_GROUP_SHARES_SUM: { en: (a) => `group shares add up to ${a.sum}, not 1`, vi: (a) => `tổng tỷ trọng các nhóm là ${a.sum}, không phải 1` },
  CRITERIA_TOTAL: {
    en: (a) => `total ${a.total} points = ${a.appraisal} appraisal + ${a.survey} survey`,
    vi: (a) => `tổng ${a.total} điểm = ${a.appraisal} thẩm định + ${a.survey} điều tra xã hội học`,
  },
  CRITERIA_TOTAL_NOT_100: { en: (a) => `the maxima add up to ${a.total}, not 100`, vi: (a) => `tổng điểm tối đa là ${a.total}, không phải 100` },
  CRITERIA_NOT_FOUND: {
    en: (a) => `no criteria file or bundled set "${a.name}" (bundled: ${a.available})`,
    vi: (a) => `không có tệp hoặc bộ tiêu chí có sẵn "${a.name}" (có sẵn: ${a.available})`,
    hintEn: () => 'see `cchc criteria list`',
    hintVi: () => 'xem `cchc criteria list`',
  },
} satisfies MessageTable<keyof CriteriaArgs>;
