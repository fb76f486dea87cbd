// `cchc score --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'tính chỉ số, chỉ số thành phần, thứ hạng và xếp loại từ bảng điểm thẩm định và phiếu điều tra xã hội học',
  format: 'định dạng kết quả (html: báo cáo của Hội đồng để công bố hoặc in; docx: phụ lục của quyết định, tệp Word; xlsx: bảng xếp hạng dạng sổ tính)',
  withFindings: 'tệp Word (-f docx) có thêm phụ lục thứ hai: tồn tại, hạn chế và kiến nghị của từng đơn vị (lấy từ --findings)',
  after: `
Ví dụ:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc score -c ha-tinh-xa@2021 -s scores.csv -u survey.csv -f csv -o xep-hang.csv
  cchc score -c bo-tieu-chi.json -s scores.csv --decimal comma -f md
  cchc score -s scores.csv -u survey.csv -f csv --output-decimal comma -o xep-hang.csv
  cchc score -s scores.csv -u survey.csv -f html -o bao-cao.html --date 2021-11-26 --place "Hương Sơn"
  cchc score -s scores.csv -u survey.csv -o phu-luc.docx --date 2021-11-26 --decision 123/QĐ-UBND \\
       --issuer "ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN" --place "Hương Sơn" \\
       --signer "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH" --signer-name "Nguyễn Văn A"
  cchc score -s scores.csv -u survey.csv --uncertainty                  # hạng 4 (3–6): chắc chắn đến đâu
  cchc score -s scores.csv -u survey.csv --uncertainty --replicates 5000 --seed 7 --level 95% -f csv -o xep-hang.csv
  cchc score -s scores.csv -u survey.csv --findings nhan-xet.csv -f html -o bao-cao.html   # + nhận xét của Hội đồng
  cchc score -s scores.csv -u survey.csv --findings nhan-xet.csv --with-findings -o phu-luc.docx
  cchc score -s scores.csv -u survey.csv --wide | less -S                # mọi cột: điểm từng lĩnh vực

Trên màn hình, bảng vừa với chiều rộng màn hình: luôn có hạng, đơn vị, tên, tổng điểm, chỉ số và
xếp loại, rồi đến các cột khác nếu còn chỗ (một dòng dưới bảng nêu các cột được lược bớt); tên dài
được rút gọn bằng dấu …. Khi chuyển sang chương trình khác (pipe) hoặc ghi ra tệp, bảng được ghi đầy
đủ; --wide thêm điểm của từng lĩnh vực.

Thông tin của báo cáo: --date (mặc định hôm nay, hoặc SOURCE_DATE_EPOCH), --year, --title, --issuer,
--signer, --signer-name, --decision, --place. Báo cáo HTML và phụ lục Word có tất cả; Markdown có
tiêu đề và ngày; JSON có ngày và tiêu đề (meta.report); CSV và bảng trên màn hình không có. Các dòng
của --issuer và --signer cách nhau bởi |; phần nào không cho thì để dòng chấm (…………) để ghi tay.
Cùng dữ liệu và cùng --date thì mọi định dạng, kể cả tệp .docx, cho ra đúng từng byte như nhau.

Sổ tính Excel (.xlsx) đọc được ở mọi chỗ nhận tệp CSV, nhận biết theo nội dung tệp: không ghi
#Trang thì lấy trang tính hiện đầu tiên có dòng tiêu đề mà cchc nhận ra (--verbose cho biết trang
nào). -o xep-hang.xlsx (hoặc -f xlsx) ghi bảng xếp hạng thành sổ tính: các cột như tệp CSV, số ghi
dạng số, dòng tiêu đề in đậm và cố định, một trang chú giải có SHA-256 của các tệp đầu vào; chỉ ghi
ngày khi có --date hoặc SOURCE_DATE_EPOCH.
  cchc score -s "book.xlsx#Điểm" -u "book.xlsx#Khảo sát" -o xep-hang.xlsx
  cchc score -s scores.xlsx -u survey.xlsx --verbose

--format json và html còn ghi SHA-256 của mọi tệp đầu vào và của tệp bộ tiêu chí (json:
meta.inputs, [{ role, file, sha256 }]), để bảng xếp hạng đã công bố truy được về dữ liệu gốc.

--uncertainty lấy mẫu lại các phiếu điều tra của từng đơn vị (trong từng nhóm người trả lời) và
chấm lại mọi đơn vị theo bộ tiêu chí, --replicates lần (mặc định 1000); mỗi chỉ số và thứ hạng có
một khoảng chứa --level số lần lấy mẫu (mặc định 0,9, tức 90%). Cùng --seed (mặc định 1) thì cùng
các khoảng. csv thêm các cột rank_low,rank_high,index_low,index_high; json thêm như vậy cho từng đơn
vị; bảng, md và html ghi hạng dạng 4 (3–6) và khoảng của chỉ số; html vẽ các khoảng trên biểu đồ và
liệt kê các đơn vị liền kề mà điều tra không phân biệt được (--verbose cũng liệt kê); phụ lục Word
giữ nguyên như khi công bố. Điểm điều tra cho sẵn theo đơn vị (không phải phiếu) không có sai số lấy
mẫu: khoảng chỉ số của các đơn vị đó chính là chỉ số (có cảnh báo).
Chỉ cần --replicates, --seed hoặc --level là đã bật --uncertainty.

--findings TỆP là nhận xét của Hội đồng thẩm định, mỗi nhận xét một dòng: unit (mã hoặc tên đơn vị),
code (một tiêu chí ở cấp bất kỳ; để trống: nhận xét chung về đơn vị), nội dung (note, ghi chú, nhận
xét; cột có tiêu đề tồn tại hoặc kiến nghị cho biết loại nhận xét), evidence (tài liệu kiểm chứng)
và kind (tồn tại, kiến nghị, ghi nhận, nhận xét). Bảng điểm dạng dọc có thể kèm note và evidence ở
từng dòng, dạng ngang thì theo từng đơn vị. json có nhận xét của từng đơn vị; html thêm phụ lục "Nhận
xét của Hội đồng thẩm định" theo đơn vị, theo lĩnh vực; --with-findings thêm chúng vào tệp Word thành
phụ lục thứ hai; csv và bảng không đổi (--verbose đếm số nhận xét).`,
};

const en: typeof vi = {
  description: 'compute the index, component indices, ranks and bands from score and survey sheets',
  format: "output format (html: the council's report to publish or print; docx: the decision's annex in Word; xlsx: the ranking as a workbook)",
  withFindings: "the Word file (-f docx) gets a second annex: each unit's shortcomings and recommendations (from --findings)",
  after: `
Examples:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc score -c ha-tinh-xa@2021 -s scores.csv -u survey.csv -f csv -o ranking.csv
  cchc score -c my-set.json -s scores.csv --decimal comma -f md
  cchc score -s scores.csv -u survey.csv -f csv --output-decimal comma -o ranking.csv
  cchc score -s scores.csv -u survey.csv -f html -o report.html --date 2021-11-26 --place "Hương Sơn"
  cchc score -s scores.csv -u survey.csv -o annex.docx --date 2021-11-26 --decision 123/QĐ-UBND \\
       --issuer "ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN" --place "Hương Sơn" \\
       --signer "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH" --signer-name "Nguyễn Văn A"
  cchc score -s scores.csv -u survey.csv --uncertainty                  # rank as 4 (3–6): how sure it is
  cchc score -s scores.csv -u survey.csv --uncertainty --replicates 5000 --seed 7 --level 95% -f csv -o ranking.csv
  cchc score -s scores.csv -u survey.csv --findings findings.csv -f html -o report.html   # + the council's findings
  cchc score -s scores.csv -u survey.csv --findings findings.csv --with-findings -o annex.docx
  cchc score -s scores.csv -u survey.csv --wide | less -S                # every column: each field's points

On a terminal the table fits its width: rank, unit, name, total, index and band always, then the
other columns while there is room (a line under the table names those left out); long names are
shortened with …. To a pipe or a file it is written whole; --wide adds each field's points.

Report settings: --date (default today, or SOURCE_DATE_EPOCH), --year, --title, --issuer, --signer,
--signer-name, --decision, --place. The HTML report and the Word annex show them all, Markdown the
title and the date, JSON the date and the title (meta.report); the CSV and the table none. Lines of
--issuer and --signer are separated by |; what is not given is a dotted blank (…………) to fill in by
hand. The same inputs and --date give the same bytes in every format, the .docx included.

Workbooks (.xlsx) are read wherever a CSV is, recognised by content: without #Sheet, the first
visible sheet whose header cchc recognises (--verbose says which). -o ranking.xlsx (or -f xlsx)
writes the ranking as a workbook: the CSV's columns, numbers as numbers, the header bold and frozen,
a legend sheet with the inputs' SHA-256; dated only by --date or SOURCE_DATE_EPOCH.
  cchc score -s "book.xlsx#Điểm" -u "book.xlsx#Khảo sát" -o ranking.xlsx
  cchc score -s scores.xlsx -u survey.xlsx --verbose

--format json and html also give the SHA-256 of every input file and of the criteria file
(json: meta.inputs, [{ role, file, sha256 }]), so a published ranking can be traced to its data.

--uncertainty resamples each unit's survey forms (within each respondent group) and re-scores
every unit by the set's rules, --replicates times (default 1000); each index and rank gets the
interval holding --level of the resamples (default 0.9, i.e. 90%). The same --seed (default 1)
gives the same intervals. csv adds the columns rank_low,rank_high,index_low,index_high; json the
same per unit; the table, md and html show the rank as 4 (3–6) and the index interval, html
draws it on the chart and lists the neighbours the survey cannot tell apart (--verbose lists them
too); the Word annex stays as published. Survey points given per unit (not forms) have no
sampling error: those units' index interval is the index itself (a warning says so).
--replicates, --seed or --level alone imply --uncertainty.

--findings FILE gives the appraisal's remarks, one row per remark: unit (code or name), code (a
criterion at any level; empty: the unit as a whole), the remark (note, ghi chú, nhận xét; a column
headed tồn tại or kiến nghị says its remarks' kind), evidence (tài liệu kiểm chứng) and kind
(tồn tại, kiến nghị, ghi nhận, nhận xét). A long-form scores sheet may carry note and evidence per
row, a wide one per unit. json gives each unit's findings; html adds an appendix "Nhận xét của Hội
đồng thẩm định" per unit, by field; --with-findings adds them to the Word file as a second annex;
the csv and the table are unchanged (--verbose counts the remarks).`,
};

export const scoreHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
