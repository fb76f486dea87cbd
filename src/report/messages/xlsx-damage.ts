// What is damaged in a workbook (INPUT_XLSX_DAMAGED), in both languages: the zip's directory, a
// part that does not inflate or is not text, XML that is not well formed.
import type { InputArgs, XlsxDamage } from '../../diagnostics/codes-input.js';
import type { Lang } from './types.js';

type Args = InputArgs['INPUT_XLSX_DAMAGED'];
type Words = Record<XlsxDamage, (part: string, value: string) => string>;

const VI: Words = {
  'no-directory': () => 'không tìm thấy mục lục của tệp zip (tệp bị cắt mất phần cuối, hoặc không phải tệp .xlsx)',
  'sheet-missing': (p) => `trang tính "${p}" không có nội dung trong tệp`,
  'too-many-parts': (_, v) => `tệp zip có ${v} phần, quá nhiều đối với một sổ tính`,
  'directory-outside': () => 'mục lục của tệp zip nằm ngoài tệp',
  'directory-entry': () => 'một mục trong mục lục zip bị hỏng',
  compression: (p, v) => `${p} được nén theo cách ${v}, Excel không dùng cách này`,
  'part-outside': (p) => `${p} nằm ngoài tệp`,
  'local-header': (p) => `phần đầu của ${p} bị hỏng`,
  zip64: () => 'mục lục zip64 bị hỏng',
  'row-number': (p, v) => `trang ${p}: số dòng ${v} không hợp lệ`,
  'cell-reference': (p, v) => `trang ${p}: địa chỉ ô ${v} không hợp lệ`,
  'row-repeated': (p, v) => `trang ${p}: dòng ${v} lặp lại hoặc không theo thứ tự (Excel không ghi như vậy); chỉ dòng đầu được đọc`,
  'cell-repeated': (p, v) => `trang ${p}: ô ${v} lặp lại hoặc không theo thứ tự trong dòng (Excel không ghi như vậy); chỉ ô đầu được đọc`,
  'entry-repeated': (p) => `tệp zip có hai phần cùng tên ${p}: không biết phần nào đúng`,
  'cut-short': (p) => `${p} bị cắt mất phần cuối`,
  'not-inflating': (p) => `${p} không giải nén được`,
  'not-text': (p) => `${p} không phải văn bản hợp lệ`,
  entity: (p, v) => `${p}: thực thể XML không xác định ${v}`,
  'character-reference': (p, v) => `${p}: mã ký tự ${v} không hợp lệ`,
  'malformed-tag': (p) => `${p}: một thẻ XML viết sai`,
  markup: (p, v) => `${p}: đoạn đánh dấu không hợp lệ "${v}"`,
  'unended-tag': (p) => `${p}: một thẻ XML không có điểm kết thúc`,
  xml: (p) => `${p}: XML không hợp lệ`,
};

const EN: Words = {
  'no-directory': () => 'no zip directory (the file is cut short or not a zip)',
  'sheet-missing': (p) => `the sheet "${p}" has no part`,
  'too-many-parts': (_, v) => `${v} parts in the zip`,
  'directory-outside': () => 'the zip directory lies outside the file',
  'directory-entry': () => 'a damaged zip directory entry',
  compression: (p, v) => `${p} is compressed with method ${v}`,
  'part-outside': (p) => `${p} lies outside the file`,
  'local-header': (p) => `${p}: damaged local header`,
  zip64: () => 'a damaged zip64 directory',
  'row-number': (p, v) => `${p}: row number ${v}`,
  'cell-reference': (p, v) => `${p}: cell reference ${v}`,
  'row-repeated': (p, v) => `${p}: row ${v} is repeated or out of order (Excel never writes so); only the first is read`,
  'cell-repeated': (p, v) => `${p}: cell ${v} is repeated or out of order in its row (Excel never writes so); only the first is read`,
  'entry-repeated': (p) => `the zip holds two parts named ${p}: which one is meant cannot be told`,
  'cut-short': (p) => `${p} is cut short`,
  'not-inflating': (p) => `${p} does not inflate`,
  'not-text': (p) => `${p} is not valid text`,
  entity: (p, v) => `${p}: an undefined entity ${v}`,
  'character-reference': (p, v) => `${p}: character reference ${v}`,
  'malformed-tag': (p) => `${p}: a malformed tag`,
  markup: (p, v) => `${p}: markup "${v}"`,
  'unended-tag': (p) => `${p}: a tag that does not end`,
  xml: (p, v) => `${p}: ${v}`,
};

export const xlsxDamageText = (a: Args, lang: Lang): string => (lang === 'en' ? EN : VI)[a.damage](a.part ?? '', a.value ?? '');
