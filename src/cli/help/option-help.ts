// The options several commands share, in both languages: the flags (their value's name is a word
// of the language: `<tệp>`, `<file>`) and the description. The long flags are the same in both;
// test/cli/help-languages.test.ts checks it.
import type { Lang } from '../../report/messages/index.js';

export interface OptionHelp {
  flags: string;
  text: string;
}

const vi = {
  lang: { flags: '--lang <ngôn-ngữ>', text: 'ngôn ngữ của hướng dẫn, thông báo và báo cáo: vi là tiếng Việt, en là tiếng Anh' },
  verbose: { flags: '--verbose', text: 'nói thêm những gì đã nhận biết: bảng mã, dấu phân cách, dấu thập phân, dòng tiêu đề, các dòng bỏ qua' },
  decimal: { flags: '--decimal <dấu>', text: 'dấu thập phân của các tệp đầu vào (mặc định: nhận biết theo từng tệp) và của kết quả: dot là dấu chấm, comma là dấu phẩy' },
  outputDecimal: {
    flags: '--output-decimal <dấu>',
    text: "dấu thập phân của riêng kết quả; comma: tệp CSV có ';' giữa các ô và số không đặt trong ngoặc kép, để Excel cài đặt vùng Việt Nam mở đúng",
  },
  format: { flags: '-f, --format <định-dạng>', text: 'định dạng kết quả' },
  output: { flags: '-o, --output <tệp>', text: 'ghi ra tệp (trọn vẹn, hoặc không ghi gì nếu có lỗi) thay vì ra màn hình' },
  wide: { flags: '--wide', text: 'bảng đủ mọi cột, mọi chữ (mặc định trên màn hình: vừa chiều rộng màn hình)' },
  criteria: { flags: '-c, --criteria <tệp|mã[@phiên-bản]>', text: 'bộ tiêu chí: tệp JSON hoặc mã bộ có sẵn (mặc định: ha-tinh-xa mới nhất)' },
  scores: { flags: '-s, --scores <tệp...>', text: 'bảng điểm thẩm định, CSV hoặc sổ tính Excel (dạng ngang hoặc dọc; book.xlsx#Trang chọn một trang tính); - là đọc từ đầu vào chuẩn (stdin); nhiều tệp (mỗi tổ, mỗi xã một tệp: -s diem/*.xlsx) được đọc như một bảng, mỗi đơn vị chỉ ở một tệp' },
  survey: { flags: '-u, --survey <tệp...>', text: 'phiếu điều tra xã hội học, CSV hoặc sổ tính: câu trả lời (mỗi phiếu một dòng) hoặc điểm điều tra của từng đơn vị; nhiều tệp được gộp (phiếu của một đơn vị có thể ở nhiều tệp)' },
  findings: {
    flags: '--findings <tệp...>',
    text: 'nhận xét của Hội đồng thẩm định theo đơn vị và tiêu chí (CSV hoặc sổ tính: unit, code, note, evidence, kind): hiện trong explain, reconcile, json và html',
  },
  missing: { flags: '--missing <cách-tính>', text: 'ô điểm thẩm định bị bỏ trống được tính 0 điểm' },
  convertTcvn3: { flags: '--convert-tcvn3', text: 'chuyển chữ gõ bằng phông TCVN3 (ABC) cũ sang Unicode thay vì dừng lại' },
  date: { flags: '--date <YYYY-MM-DD>', text: 'ngày ghi trên báo cáo (mặc định: hôm nay; theo SOURCE_DATE_EPOCH nếu có)' },
  title: { flags: '--title <tiêu-đề>', text: 'tiêu đề báo cáo (mặc định: "Kết quả xác định Chỉ số cải cách hành chính năm <năm>")' },
  year: { flags: '--year <YYYY>', text: 'năm đánh giá, dùng trong các tiêu đề mặc định (mặc định: năm của --date)' },
  issuer: { flags: '--issuer <các-dòng>', text: 'cơ quan ban hành, các dòng cách nhau bởi | (mặc định: "ỦY BAN NHÂN DÂN|HUYỆN …………")' },
  signer: {
    flags: '--signer <các-dòng>',
    text: 'các dòng phía trên chữ ký, cách nhau bởi | (mặc định: "TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH" trong báo cáo, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH" trong phụ lục)',
  },
  signerName: { flags: '--signer-name <họ-tên>', text: 'họ tên người ký, dưới chữ ký (mặc định: dòng chấm để ghi tay)' },
  decision: { flags: '--decision <số-hiệu>', text: 'quyết định mà phụ lục Word kèm theo, ví dụ "123/QĐ-UBND" (ngày của quyết định là --date, trừ khi số hiệu ghi "ngày …")' },
  place: { flags: '--place <địa-danh>', text: 'nơi ký, đứng trước ngày: "Hương Sơn, ngày 26 tháng 11 năm 2021" (mặc định: dòng chấm để ghi tay)' },
  uncertainty: { flags: '--uncertainty', text: 'khoảng tin cậy của từng chỉ số và thứ hạng, bằng cách lấy mẫu lại các phiếu điều tra (bootstrap)' },
  replicates: { flags: '--replicates <số-lần>', text: 'số lần lấy mẫu lại (từ 100 đến 100000; mặc định 1000)' },
  seed: { flags: '--seed <số>', text: 'hạt giống của phép rút ngẫu nhiên: cùng hạt giống cho cùng các khoảng (mặc định 1)' },
  level: { flags: '--level <mức>', text: 'tỷ lệ số lần lấy mẫu nằm trong mỗi khoảng: 0.9, 0,9 hoặc 90% (mặc định 0,9)' },
};

const en: typeof vi = {
  lang: { flags: '--lang <lang>', text: 'language of the help, the messages and the reports: vi is Vietnamese, en is English' },
  verbose: { flags: '--verbose', text: 'also say what was detected (encoding, delimiter, decimal mark, header row, skipped rows)' },
  decimal: { flags: '--decimal <mark>', text: 'decimal mark of the inputs (default: detected per file) and of the output' },
  outputDecimal: { flags: '--output-decimal <mark>', text: "decimal mark of the output only; comma: a CSV with ';' between cells and unquoted numbers, as Excel with Vietnamese regional settings opens it" },
  format: { flags: '-f, --format <format>', text: 'output format' },
  output: { flags: '-o, --output <file>', text: 'write to a file (whole, or nothing at all on an error) instead of the terminal' },
  wide: { flags: '--wide', text: 'the table with every column and every text whole (default on a terminal: fitted to its width)' },
  criteria: { flags: '-c, --criteria <file|id[@version]>', text: 'criteria set: a JSON file or a bundled id (default: the newest ha-tinh-xa)' },
  scores: { flags: '-s, --scores <files...>', text: 'appraised scores, CSV or workbook (wide or long; book.xlsx#Sheet picks a sheet); - reads stdin; several files (one per team or commune: -s diem/*.xlsx) are read as one sheet, each unit in one file' },
  survey: { flags: '-u, --survey <files...>', text: 'survey CSV or workbook: raw answers (one row per form) or survey points per unit; several files are joined (a unit\'s forms may come in several)' },
  findings: { flags: '--findings <files...>', text: "the appraisal's remarks per unit and criterion (CSV or workbook: unit, code, note, evidence, kind): shown in explain, reconcile, json and html" },
  missing: { flags: '--missing <policy>', text: 'treat missing appraisal values as 0 points' },
  convertTcvn3: { flags: '--convert-tcvn3', text: 'convert legacy TCVN3 (ABC) font text instead of stopping' },
  date: { flags: '--date <YYYY-MM-DD>', text: 'the date the report shows (default: today; SOURCE_DATE_EPOCH is honoured)' },
  title: { flags: '--title <text>', text: 'the report\'s title (default: "Kết quả xác định Chỉ số cải cách hành chính năm <year>")' },
  year: { flags: '--year <YYYY>', text: 'the year assessed, in the default titles (default: the year of --date)' },
  issuer: { flags: '--issuer <lines>', text: 'issuing body, lines separated by | (default: "ỦY BAN NHÂN DÂN|HUYỆN …………")' },
  signer: { flags: '--signer <lines>', text: 'lines above the signature, separated by | (default: "TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH" in the report, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH" in the annex)' },
  signerName: { flags: '--signer-name <name>', text: "the signer's name under the signature (default: a dotted blank)" },
  decision: { flags: '--decision <number>', text: 'the decision the Word annex goes with, e.g. "123/QĐ-UBND" (its date is --date unless the text says "ngày …")' },
  place: { flags: '--place <name>', text: 'where it is signed, before the date: "Hương Sơn, ngày 26 tháng 11 năm 2021" (default: a dotted blank)' },
  uncertainty: { flags: '--uncertainty', text: 'intervals of every index and rank from resampling the survey forms (bootstrap)' },
  replicates: { flags: '--replicates <n>', text: 'how many resamples (100 to 100000; default 1000)' },
  seed: { flags: '--seed <s>', text: 'seed of the random draws: the same seed gives the same intervals (default 1)' },
  level: { flags: '--level <l>', text: 'share of the resamples inside each interval: 0.9, 0,9 or 90% (default 0.9)' },
};

export type SharedOption = keyof typeof vi;

/** What -f does without a value: the words after the command's own description of its formats. */
export const formatDefault = (lang: Lang, fallback: string): string =>
  lang === 'en' ? `the extension of -o, else ${fallback}` : `theo đuôi tệp của -o, nếu không có thì ${fallback}`;

/** The shared options' flags and descriptions in `lang`. */
export const optionHelp = (lang: Lang): Record<SharedOption, OptionHelp> => (lang === 'en' ? en : vi);
