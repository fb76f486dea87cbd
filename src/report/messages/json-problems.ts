// A criteria file's JSON syntax errors in words (CRITERIA_JSON_SYNTAX), with what to do: the
// problems of src/criteria/json-syntax.ts, every one worded in both languages (a problem without
// its text does not compile).
import type { CriteriaArgs, JsonProblem } from '../../diagnostics/codes-criteria.js';
import type { Lang } from './types.js';

type Args = CriteriaArgs['CRITERIA_JSON_SYNTAX'];
interface Words {
  text: (a: Args) => string;
  hint?: (a: Args) => string;
}

const f = (a: Args): string => a.found ?? '';

const VI: Record<JsonProblem, Words> = {
  empty: { text: () => 'tệp trống: không có nội dung JSON', hint: () => 'tệp bộ tiêu chí bắt đầu bằng { "format": "cchc-criteria/1", … }' },
  comment: { text: () => 'JSON không cho phép chú thích (// hoặc /* */)', hint: () => 'xóa chú thích; ghi chú cho người đọc đặt trong khóa "description" của tiêu chí' },
  'unclosed-comment': { text: () => 'chú thích /* chưa được đóng bằng */ (và JSON không cho phép chú thích)', hint: () => 'xóa chú thích' },
  'trailing-comma': { text: () => 'dấu phẩy thừa sau phần tử cuối', hint: (a) => `xóa dấu phẩy đứng ngay trước ${f(a)}` },
  'extra-comma': { text: () => 'dấu phẩy thừa: hai dấu phẩy liền nhau', hint: () => 'xóa một dấu phẩy' },
  'missing-comma': { text: () => 'thiếu dấu phẩy giữa hai phần tử', hint: () => 'thêm dấu phẩy vào cuối phần tử đứng trước' },
  'missing-colon': { text: () => 'thiếu dấu hai chấm (:) giữa tên khóa và giá trị', hint: () => 'viết "khóa": giá trị, ví dụ "max": 2' },
  'decimal-comma': { text: (a) => `số ${f(a)} viết bằng dấu phẩy thập phân: trong JSON phải dùng dấu chấm`, hint: (a) => `viết ${f(a).replace(',', '.')}` },
  'unquoted-key': { text: (a) => `tên khóa ${f(a)} chưa đặt trong dấu ngoặc kép`, hint: (a) => `viết "${f(a)}"` },
  'unquoted-text': { text: (a) => `chữ ${f(a)} chưa đặt trong dấu ngoặc kép`, hint: () => 'chuỗi trong JSON viết trong dấu ngoặc kép: "Xã Sơn Ninh"' },
  'single-quotes': { text: (a) => `chuỗi ${f(a)} đặt trong dấu nháy đơn: JSON chỉ nhận dấu ngoặc kép`, hint: () => 'thay dấu \' bằng dấu "' },
  'bad-literal': { text: (a) => `${f(a)} không phải giá trị JSON`, hint: () => 'viết true, false hoặc null (chữ thường), một số, hoặc chữ trong dấu ngoặc kép' },
  'bad-number': { text: (a) => `số viết sai: ${f(a)}`, hint: () => 'số trong JSON viết như 2, 1.5, 0.25 hoặc -2: dấu chấm thập phân, không bắt đầu bằng dấu chấm, dấu + hay số 0 thừa' },
  'unexpected-character': { text: (a) => `ký tự không hợp lệ ở đây: ${f(a)}` },
  'key-expected': { text: (a) => `cần một tên khóa trong dấu ngoặc kép, không phải ${f(a)}` },
  'value-expected': { text: (a) => `thiếu giá trị trước ${f(a)}` },
  'unexpected-end': { text: () => 'tệp kết thúc giữa chừng: thiếu phần còn lại của JSON', hint: () => 'kiểm tra tệp có bị cắt mất phần cuối không' },
  unclosed: { text: (a) => `thiếu dấu ngoặc đóng ${f(a)}`, hint: () => 'mỗi { cần một } và mỗi [ cần một ]; kiểm tra tệp có bị cắt mất phần cuối không' },
  'mismatched-bracket': { text: (a) => `dấu ngoặc ${f(a)} không khớp với dấu ngoặc mở: ở đây cần ${a.expected ?? ''}`, hint: () => '[ đóng bằng ], { đóng bằng }' },
  'unclosed-string': { text: () => 'chuỗi chưa đóng: thiếu dấu ngoặc kép " ở cuối', hint: () => 'một chuỗi phải nằm trên một dòng, mở và đóng bằng dấu "' },
  'bad-escape': { text: (a) => `${f(a)} trong chuỗi không hợp lệ: dấu \\ phải viết thành \\\\`, hint: () => 'ví dụ đường dẫn "C:\\\\du-lieu\\\\bang-diem.csv", hoặc dùng dấu /' },
  'control-character': { text: () => 'chuỗi chứa ký tự điều khiển (tab hoặc xuống dòng)', hint: () => 'viết \\t hoặc \\n, hoặc xóa ký tự đó' },
  'bad-unicode': { text: () => 'mã \\u trong chuỗi cần đúng 4 chữ số hệ mười sáu', hint: () => 'ví dụ \\u00e0; hoặc gõ thẳng chữ có dấu' },
  'after-end': { text: (a) => `nội dung thừa sau khi JSON đã kết thúc: ${f(a)}`, hint: () => 'tệp chỉ chứa một đối tượng { … }: kiểm tra dấu } thừa, hoặc hai bộ tiêu chí dán liền nhau' },
};

const EN: Record<JsonProblem, Words> = {
  empty: { text: () => 'the file is empty: there is no JSON in it', hint: () => 'a criteria file starts with { "format": "cchc-criteria/1", … }' },
  comment: { text: () => 'JSON allows no comments (// or /* */)', hint: () => 'remove the comment; a note for readers goes in a criterion\'s "description"' },
  'unclosed-comment': { text: () => 'a /* comment is not closed by */ (and JSON allows no comments)', hint: () => 'remove the comment' },
  'trailing-comma': { text: () => 'trailing comma after the last element', hint: (a) => `remove the comma just before ${f(a)}` },
  'extra-comma': { text: () => 'an extra comma: two commas in a row', hint: () => 'remove one comma' },
  'missing-comma': { text: () => 'a comma is missing between two elements', hint: () => 'add a comma at the end of the element before' },
  'missing-colon': { text: () => 'a colon (:) is missing between the key and its value', hint: () => 'write "key": value, e.g. "max": 2' },
  'decimal-comma': { text: (a) => `the number ${f(a)} has a decimal comma: JSON needs a decimal point`, hint: (a) => `write ${f(a).replace(',', '.')}` },
  'unquoted-key': { text: (a) => `the key ${f(a)} is not in double quotes`, hint: (a) => `write "${f(a)}"` },
  'unquoted-text': { text: (a) => `the text ${f(a)} is not in double quotes`, hint: () => 'a string in JSON is written in double quotes: "Xã Sơn Ninh"' },
  'single-quotes': { text: (a) => `the string ${f(a)} is in single quotes: JSON takes double quotes only`, hint: () => 'replace \' with "' },
  'bad-literal': { text: (a) => `${f(a)} is not a JSON value`, hint: () => 'write true, false or null (lower case), a number, or text in double quotes' },
  'bad-number': { text: (a) => `a number written wrong: ${f(a)}`, hint: () => 'numbers in JSON are written 2, 1.5, 0.25 or -2: a decimal point, no leading point, plus sign or extra zero' },
  'unexpected-character': { text: (a) => `a character that does not belong here: ${f(a)}` },
  'key-expected': { text: (a) => `a key in double quotes is needed here, not ${f(a)}` },
  'value-expected': { text: (a) => `a value is missing before ${f(a)}` },
  'unexpected-end': { text: () => 'the file ends in the middle of the JSON', hint: () => 'check whether the end of the file was cut off' },
  unclosed: { text: (a) => `missing closing bracket ${f(a)}`, hint: () => 'every { needs its } and every [ its ]; check whether the end of the file was cut off' },
  'mismatched-bracket': { text: (a) => `the bracket ${f(a)} does not match the one it closes: ${a.expected ?? ''} is needed here`, hint: () => '[ closes with ], { with }' },
  'unclosed-string': { text: () => 'unclosed string: the closing double quote " is missing', hint: () => 'a string is on one line, opened and closed by "' },
  'bad-escape': { text: (a) => `${f(a)} in a string is not valid: a \\ is written \\\\`, hint: () => 'e.g. the path "C:\\\\data\\\\scores.csv", or use /' },
  'control-character': { text: () => 'a string holds a control character (a tab or a line break)', hint: () => 'write \\t or \\n, or remove it' },
  'bad-unicode': { text: () => 'a \\u escape in a string needs exactly 4 hexadecimal digits', hint: () => 'e.g. \\u00e0; or type the accented letter itself' },
  'after-end': { text: (a) => `more text after the JSON has ended: ${f(a)}`, hint: () => 'the file holds one object { … }: look for an extra }, or two criteria sets pasted together' },
};

const WORDS: Record<Lang, Record<JsonProblem, Words>> = { vi: VI, en: EN };

export const jsonProblemText = (a: Args, lang: Lang): string => WORDS[lang][a.problem].text(a);
export const jsonProblemHint = (a: Args, lang: Lang): string => WORDS[lang][a.problem].hint?.(a) ?? '';
