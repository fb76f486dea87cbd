// A criteria file's schema errors in words: the key, the value found, what is allowed
// (CRITERIA_WRONG_TYPE, CRITERIA_INVALID_VALUE), never a schema library's text.
import type { CriteriaArgs, JsonKind, ValueProblem } from '../../diagnostics/codes-criteria.js';
import type { MessageText } from './types.js';

type WrongType = CriteriaArgs['CRITERIA_WRONG_TYPE'];
type Invalid = CriteriaArgs['CRITERIA_INVALID_VALUE'];

const KIND_VI: Record<JsonKind, string> = {
  string: 'một chuỗi (chữ trong dấu ngoặc kép)', number: 'một số', integer: 'một số nguyên', decimal: 'một số thập phân',
  boolean: 'true hoặc false', array: 'một danh sách [ … ]', object: 'một đối tượng { … }', null: 'null',
};
const KIND_EN: Record<JsonKind, string> = {
  string: 'a string (text in double quotes)', number: 'a number', integer: 'a whole number', decimal: 'a decimal number',
  boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }', null: 'null',
};

const RULE_TYPES_VI = 'points (nhập điểm), yesno (có/không), steps (theo bậc), proportional (theo tỷ lệ), deduction (trừ điểm theo số lần), levels (theo mức đánh giá)';
const RULE_TYPES_EN = 'points (points entered), yesno (yes/no), steps (steps of a measured value), proportional (a share of the max), deduction (points off per violation), levels (named levels)';

/** `"50"` where a number is expected: the number without its quotes (a decimal comma as a point). */
function unquotedNumber(a: WrongType): string | undefined {
  if ((a.expected !== 'number' && a.expected !== 'integer') || a.found !== 'string') return undefined;
  const m = /^"\s*(-?\d+(?:[.,]\d+)?)\s*"$/.exec(a.value);
  return m?.[1]?.replace(',', '.');
}

const subject = (key: string, vi: boolean): string => (key ? `"${key}"` : vi ? 'nội dung tệp' : 'the file');
/** What was found, said short: the value follows. */
const found = (kind: JsonKind, words: Record<JsonKind, string>): string => (kind === 'string' ? words.string.replace(/ \(.*\)$/, '') : words[kind]);
const quotedNumber = (a: WrongType): boolean => a.expected === 'string' && (a.found === 'number' || a.found === 'decimal' || a.found === 'integer');

/** The fix in the message itself: a hint is shown once per code, and this one is the value's own. */
function fixVi(a: WrongType): string {
  const n = unquotedNumber(a);
  if (n !== undefined) return ` (bỏ dấu ngoặc kép: ${n})`;
  return quotedNumber(a) ? ` (đặt trong dấu ngoặc kép: "${a.value}")` : '';
}
function fixEn(a: WrongType): string {
  const n = unquotedNumber(a);
  if (n !== undefined) return ` (remove the quotes: ${n})`;
  return quotedNumber(a) ? ` (put it in double quotes: "${a.value}")` : '';
}

export const wrongTypeText: MessageText<WrongType> = {
  vi: (a) => `${subject(a.key, true)} cần ${KIND_VI[a.expected]}, nhưng giá trị là ${found(a.found, KIND_VI)}: ${a.value}${fixVi(a)}`,
  en: (a) => `${subject(a.key, false)} needs ${KIND_EN[a.expected]}, but the value is ${found(a.found, KIND_EN)}: ${a.value}${fixEn(a)}`,
};

const INVALID_VI: Record<ValueProblem, (a: Invalid) => string> = {
  'not-allowed': (a) =>
    a.allowed?.includes(',') ? `"${a.key}" không nhận ${a.value}; chọn một trong: ${a.allowed}` : `"${a.key}" chỉ nhận ${a.allowed ?? ''}, không nhận ${a.value}`,
  'rule-type': (a) => `loại quy tắc chấm ${a.value} không có; các loại là: ${a.allowed ?? ''}`,
  'empty-text': (a) => `"${a.key}" không được để trống`,
  'empty-list': (a) => `"${a.key}" là danh sách trống: cần ít nhất ${a.limit ?? 1} phần tử`,
  'too-small': (a) => `"${a.key}" phải từ ${a.limit ?? ''} trở lên, không phải ${a.value}`,
  'too-large': (a) => `"${a.key}" phải từ ${a.limit ?? ''} trở xuống, không phải ${a.value}`,
  'code-pattern': (a) => `mã tiêu chí ${a.value} không hợp lệ: mã gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số (ví dụ 3.2.1)`,
  'id-pattern': (a) => `id ${a.value} không hợp lệ: viết chữ thường không dấu và chữ số, nối bằng gạch ngang (ví dụ ha-tinh-xa)`,
  other: (a) => `"${a.key}": giá trị ${a.value} không hợp lệ ở đây`,
};

const INVALID_EN: Record<ValueProblem, (a: Invalid) => string> = {
  'not-allowed': (a) => (a.allowed?.includes(',') ? `"${a.key}" does not take ${a.value}; use one of: ${a.allowed}` : `"${a.key}" takes only ${a.allowed ?? ''}, not ${a.value}`),
  'rule-type': (a) => `unknown rule type ${a.value}; the types are: ${a.allowed ?? ''}`,
  'empty-text': (a) => `"${a.key}" may not be empty`,
  'empty-list': (a) => `"${a.key}" is an empty list: it needs at least ${a.limit ?? 1} element${a.limit === '1' || a.limit === undefined ? '' : 's'}`,
  'too-small': (a) => `"${a.key}" must be at least ${a.limit ?? ''}, not ${a.value}`,
  'too-large': (a) => `"${a.key}" must be at most ${a.limit ?? ''}, not ${a.value}`,
  'code-pattern': (a) => `criterion code ${a.value} is not valid: a code is ASCII letters, digits, dots, dashes or underscores, starting with a letter or a digit (e.g. 3.2.1)`,
  'id-pattern': (a) => `id ${a.value} is not valid: lowercase ASCII letters and digits joined by dashes (e.g. ha-tinh-xa)`,
  other: (a) => `"${a.key}": the value ${a.value} is not valid here`,
};

export const invalidValueText: MessageText<Invalid> = {
  vi: (a) => INVALID_VI[a.problem](a),
  en: (a) => INVALID_EN[a.problem](a),
  hintVi: (a) => (a.problem === 'rule-type' ? `"type" là một trong: ${RULE_TYPES_VI}` : ''),
  hintEn: (a) => (a.problem === 'rule-type' ? `"type" is one of: ${RULE_TYPES_EN}` : ''),
};
