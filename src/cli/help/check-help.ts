// `cchc check --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'kiểm tra tệp bộ tiêu chí (cchc-criteria/1): cấu trúc, tổng điểm, quy tắc chấm, xếp loại, câu hỏi điều tra',
  files: { name: '<tệp-tiêu-chí...>', text: 'các tệp JSON bộ tiêu chí, hoặc mã bộ có sẵn (ha-tinh-xa@2021)' },
  format: { flags: '--format <định-dạng>', text: 'định dạng kết quả: text (đọc trên màn hình) hoặc json' },
  after: `
Mỗi vấn đề ghi rõ vị trí (dòng:cột, đường dẫn JSON), mức độ và mã lỗi. Mã thoát: 0 khi không có lỗi
(có thể có cảnh báo), 1 khi có lỗi, 2 khi không đọc được tệp.

Ví dụ:
  cchc check criteria/*.json
  cchc check bo-tieu-chi.json
  cchc check bo-tieu-chi.json --format json --lang en`,
};

const en: typeof vi = {
  description: 'check criteria set files (cchc-criteria/1): schema, sums, rules, bands, survey mapping',
  files: { name: '<criteria-file...>', text: 'criteria JSON files, or bundled ids (ha-tinh-xa@2021)' },
  format: { flags: '--format <format>', text: 'output format: text (to read) or json' },
  after: `
Each problem is located (line:column, JSON path), with its severity and its code. Exit code: 0 with
no errors (warnings allowed), 1 with errors, 2 when a file cannot be read.

Examples:
  cchc check criteria/*.json
  cchc check my-set.json
  cchc check my-set.json --format json --lang en`,
};

export const checkHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
