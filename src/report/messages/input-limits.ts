// The texts of the limits every input is read within (src/io/read-input.ts) and of a byte that is not UTF-8.
import type { InputLimitArgs } from '../../diagnostics/codes-input.js';
import type { MessageTable } from './types.js';

export const inputLimitMessages = {
  INPUT_STDIN_TWICE: {
    en: (a) => `standard input (-) is given for ${a.count} inputs: it can be read only once in a run`,
    vi: (a) => `đầu vào chuẩn (-) được chỉ cho ${a.count} đầu vào: mỗi lần chạy chỉ đọc được một lần`,
    hintEn: () => 'save all but one of those inputs to files and give their paths',
    hintVi: () => 'lưu các đầu vào kia ra tệp và chỉ đường dẫn tới tệp, chỉ để lại một dấu -',
  },
  INPUT_UTF8_INVALID: {
    en: (a) => `invalid byte in UTF-8 (${a.bytes}), at character ${a.character} of the line`,
    vi: (a) => `byte không hợp lệ trong UTF-8 (${a.bytes}), ở ký tự thứ ${a.character} của dòng`,
    hintEn: () => 'the file is UTF-8 but damaged here (a copy cut short, or text pasted from another code page): fix or retype the cell, or save the sheet again as "CSV UTF-8"',
    hintVi: () => 'tệp là UTF-8 nhưng bị hỏng ở đây (bản sao bị cắt, hoặc chữ dán từ bảng mã khác): sửa hoặc gõ lại ô này, hoặc lưu lại bảng tính thành "CSV UTF-8"',
  },
} satisfies MessageTable<keyof InputLimitArgs>;
