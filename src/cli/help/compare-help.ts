// `cchc compare --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'so sánh hai bảng xếp hạng (do cchc score ghi ra, hoặc bảng Hội đồng đã công bố; ví dụ hai năm): thay đổi về hạng và chỉ số của từng đơn vị',
  before: { name: '<trước>', text: 'bảng xếp hạng trước (CSV hoặc sổ tính)' },
  after: { name: '<sau>', text: 'bảng xếp hạng sau (CSV hoặc sổ tính)' },
  text: `
Mỗi tệp là một bảng xếp hạng bất kỳ, CSV hoặc sổ tính: bảng cchc score ghi ra, hoặc bảng Hội đồng đã
công bố (STT, Tên đơn vị, Chỉ số, Xếp hạng; cột hạng: Hạng, Xếp hạng, Thứ hạng; cột đơn vị: Mã, Mã đơn
vị, Đơn vị, Tên đơn vị; cột chỉ số: Chỉ số, Chỉ số CCHC, Điểm), có dòng tiêu đề, dòng bình quân, phần
ký tên. Các đơn vị được ghép theo mã hoặc tên (không phân biệt hoa thường, khoảng trắng); bảng chỉ có
tên vẫn ghép được với bảng của cchc (có cả mã và tên). Đơn vị không ghép được được liệt kê trong một
cảnh báo; hai tệp không có đơn vị chung là lỗi. Hai tệp có thể theo hai phiên bản bộ tiêu chí hoặc hai
năm khác nhau. Các cột csv/json:
  unit,name,rank_before,rank_after,rank_change,index_before,index_after,index_change
rank_change = rank_before - rank_after (dương: lên hạng); index_change = index_after - index_before,
tính đúng trên các giá trị đã công bố, ghi với số chữ số thập phân nhiều nhất mà hai tệp dùng. Đơn vị
chỉ có trong một tệp (xã sáp nhập hoặc mới) để trống các ô của bên kia; bảng nói đơn vị đó có trong
tệp nào. Các dòng theo thứ tự xếp hạng của tệp sau; đơn vị chỉ có trong tệp trước đứng cuối.

Ví dụ:
  cchc compare xep-hang-2021.csv xep-hang-2022.csv
  cchc compare xep-hang-2021.csv xep-hang-2022.csv -f csv -o thay-doi.csv
  cchc compare truoc.csv sau.csv --decimal comma -f md --lang en
  cchc compare xep-hang-2021.csv xep-hang-2022.csv -f md --date 2022-12-15 --title "Chỉ số CCHC 2021 và 2022"
  cchc compare xep-hang-2021.xlsx xep-hang-2022.xlsx -o thay-doi.xlsx
  cchc compare xep-hang-2021.csv xep-hang-2022.csv --wide

Trên màn hình, bảng vừa với chiều rộng màn hình (một dòng nêu các cột được lược bớt); --wide cho đủ
mọi cột.

--title thay tiêu đề của bảng và của Markdown; --date (mặc định hôm nay, hoặc SOURCE_DATE_EPOCH)
ghi sau tên các tệp. CSV và JSON không thay đổi.`,
};

const en: typeof vi = {
  description: 'two rankings (written by cchc score, or the council\'s published tables; e.g. two years): rank and index changes per unit',
  before: { name: '<before>', text: 'the earlier ranking (CSV or workbook)' },
  after: { name: '<after>', text: 'the later ranking (CSV or workbook)' },
  text: `
Each file is any ranking table, CSV or workbook: cchc score's, or the council's published one (STT,
Tên đơn vị, Chỉ số, Xếp hạng; rank: rank, Hạng, Xếp hạng, Thứ hạng; unit: unit, Mã, Mã đơn vị, Đơn vị,
Tên đơn vị; index: index, Chỉ số, Chỉ số CCHC, Điểm), with title rows, a mean row, signatures. Units
are matched by code or name (case and spaces aside): a table of names meets cchc's, which has both.
The units that match nothing are listed in a warning; two files with no unit in common are an error.
The files may come from different criteria versions or years. csv/json columns:
  unit,name,rank_before,rank_after,rank_change,index_before,index_after,index_change
rank_change = rank_before - rank_after (positive: moved up); index_change = index_after - index_before,
exact on the published values, written with the most decimals either file used. A unit in one file
only (a merged or new commune) has empty cells on the other side; the table says which file it is in.
Rows follow the after file's ranking; units only in the before file come last.

Examples:
  cchc compare ranking-2021.csv ranking-2022.csv
  cchc compare ranking-2021.csv ranking-2022.csv -f csv -o changes.csv
  cchc compare before.csv after.csv --decimal comma -f md --lang en
  cchc compare ranking-2021.csv ranking-2022.csv -f md --date 2022-12-15 --title "Chỉ số CCHC 2021 và 2022"
  cchc compare ranking-2021.xlsx ranking-2022.xlsx -o changes.xlsx
  cchc compare ranking-2021.csv ranking-2022.csv --wide

On a terminal the table fits its width (a line names the columns left out); --wide gives them all.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the file names. CSV and JSON are unchanged by both.`,
};

export const compareHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
