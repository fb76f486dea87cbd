// `cchc --help` in both languages: what cchc is, where to start, the language, the exit codes.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'Tính Chỉ số cải cách hành chính (Chỉ số CCHC): bộ tiêu chí, chấm điểm, xếp hạng',
  after: `
Ví dụ:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc template --titles -o bang-diem.csv        # bảng trống để nhập điểm
  cchc criteria show                             # bộ tiêu chí đang dùng, trình bày bằng lời
  cchc help score                                # hướng dẫn của một lệnh (hoặc: cchc score --help)

Ngôn ngữ: hướng dẫn, thông báo và báo cáo bằng tiếng Việt; --lang en cho tiếng Anh, hoặc đặt biến
môi trường CCHC_LANG=en để luôn dùng tiếng Anh (--lang trên dòng lệnh được ưu tiên).
Mã thoát: 0 đã xong (có thể có cảnh báo), 1 dữ liệu đầu vào có lỗi, 2 dòng lệnh sai (tùy chọn không
có, thiếu tệp), 3 lỗi nội bộ của cchc.`,
};

const en: typeof vi = {
  description: 'The administrative reform index (Chỉ số CCHC / PAR Index): criteria sets, scoring, ranking',
  after: `
Examples:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc template --titles -o scores.csv           # a blank sheet to enter the scores
  cchc criteria show                             # the criteria set in use, in words
  cchc help score                                # the help of a command (or: cchc score --help)

Language: the help, the messages and the reports are in Vietnamese; --lang en gives English, and
the environment variable CCHC_LANG=en gives it always (--lang on the command line wins).
Exit codes: 0 done (warnings allowed), 1 the inputs have errors, 2 a usage error (an unknown
option, a missing file), 3 an internal fault of cchc.`,
};

export const programHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
