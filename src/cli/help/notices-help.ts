// `cchc notices --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'thông báo của Hội đồng thẩm định gửi từng đơn vị: kết quả, điểm theo lĩnh vực, tiêu chí bị mất điểm và nhận xét, tồn tại và kiến nghị',
  format: 'định dạng của thông báo (docx: tệp Word theo thể thức Nghị định 30/2020/NĐ-CP; md: Markdown)',
  output: { flags: '-o, --output <thư-mục>', text: 'thư mục (mới hoặc rỗng) để ghi mỗi đơn vị một tệp <mã đơn vị>.docx; với --combined: một tệp' },
  unit: { flags: '--unit <mã|tên>', text: 'chỉ làm thông báo cho đơn vị này (dùng nhiều lần được; mã hoặc tên như explain nhận); mặc định: mọi đơn vị' },
  combined: { flags: '--combined', text: 'một tệp gồm mọi thông báo, mỗi thông báo bắt đầu từ trang mới, để in một lần (-o thong-bao.docx)' },
  number: { flags: '--number <mẫu>', text: 'số của thông báo: {n} là số thứ tự theo xếp hạng, {n+K} cộng thêm K, {year} là năm đánh giá (mặc định: "…………/TB-HĐTĐ" để ghi tay)' },
  after: `
Ví dụ:
  cchc notices -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv \\
       --findings samples/huong-son-2021/findings.csv -o thong-bao
  cchc notices -s scores.csv -u survey.csv --findings nhan-xet.csv -o thong-bao --date 2021-11-26 \\
       --issuer "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG SƠN|HỘI ĐỒNG THẨM ĐỊNH" --place "Hương Sơn" \\
       --number "{n+120}/TB-HĐTĐ" --signer-name "Nguyễn Văn A"
  cchc notices -s scores.csv -u survey.csv --unit "Sơn Ninh" --unit SONKIM1 -o thong-bao-bo-sung
  cchc notices -s scores.csv -u survey.csv --findings nhan-xet.csv --combined -o thong-bao.docx
  cchc notices -s scores.csv -u survey.csv -f md -o thong-bao-md

Mỗi thông báo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): cơ quan ban hành và số
(dưới cơ quan), Quốc hiệu và tiêu ngữ, địa danh và ngày; THÔNG BÁO Kết quả xác định Chỉ số cải cách
hành chính năm … của đơn vị; chỉ số, thứ hạng (trong số các đơn vị được xếp hạng, và trong nhóm của
đơn vị), xếp loại, điểm thẩm định, điểm điều tra xã hội học, điểm thưởng, điểm trừ; bảng điểm theo
lĩnh vực với điểm tối đa và chỉ số thành phần; các tiêu chí bị mất điểm (mã, tên, điểm đạt/tối đa)
kèm nhận xét của Hội đồng (--findings); tồn tại, hạn chế và kiến nghị chung về đơn vị; khoảng cách
đến hạng trên và loại trên, như explain nói; nơi nhận và chữ ký. Mọi con số giống hệt explain.

Thư mục -o được tạo mới (hoặc là thư mục rỗng có sẵn), đủ mọi thông báo hoặc không có gì: các tệp
được ghi vào một thư mục tạm bên cạnh rồi đổi tên một lần. Thư mục đã có tệp thì không ghi
(OUTPUT_FOLDER_NOT_EMPTY); -o là một tệp cũng vậy (OUTPUT_NOT_A_FOLDER). Tên tệp là mã đơn vị; mã có
ký tự không dùng được trong tên tệp (/ \\ : * ? " < > |, ký tự điều khiển, dấu chấm ở đầu hoặc cuối,
tên dành riêng của Windows như CON, NUL, mã quá dài) thì các ký tự đó thành _, thêm - và 8 chữ số
hex của SHA-256 của mã, để hai đơn vị không bao giờ chung một tệp.

Số của thông báo (--number): {n} đánh số theo thứ tự xếp hạng của mọi đơn vị (đơn vị không xếp hạng
ở cuối), nên một đơn vị giữ số của mình dù chỉ làm lại thông báo cho đơn vị đó; {n+K} để nối tiếp
sổ đăng ký văn bản đi. Mẫu không có {n} chỉ dùng được khi --unit chọn một đơn vị.
Người ký mặc định: "TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH"; cơ quan ban hành mặc định: "ỦY BAN NHÂN DÂN
HUYỆN …………|HỘI ĐỒNG THẨM ĐỊNH". Cùng dữ liệu và cùng --date thì các tệp giống nhau từng byte.
Thông báo luôn viết bằng tiếng Việt; --lang chỉ đổi ngôn ngữ của hướng dẫn và thông báo lỗi.`,
};

const en: typeof vi = {
  description: "the appraisal council's notice to each unit: its result, points by field, the criteria where it lost points with the remarks, shortcomings and recommendations",
  format: 'format of the notices (docx: a Word file laid out per Decree 30/2020/NĐ-CP; md: Markdown)',
  output: { flags: '-o, --output <folder>', text: 'a folder (new or empty) to write one file per unit into, <unit code>.docx; with --combined: one file' },
  unit: { flags: '--unit <code|name>', text: 'only the notice of this unit (repeatable; a code or name as explain takes it); default: every unit' },
  combined: { flags: '--combined', text: 'one file with every notice, each from a new page, to print at once (-o notices.docx)' },
  number: { flags: '--number <pattern>', text: "the notice's number: {n} its place in the ranking, {n+K} plus K, {year} the year assessed (default: \"…………/TB-HĐTĐ\", filled in by hand)" },
  after: `
Examples:
  cchc notices -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv \\
       --findings samples/huong-son-2021/findings.csv -o notices
  cchc notices -s scores.csv -u survey.csv --findings findings.csv -o notices --date 2021-11-26 \\
       --issuer "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG SƠN|HỘI ĐỒNG THẨM ĐỊNH" --place "Hương Sơn" \\
       --number "{n+120}/TB-HĐTĐ" --signer-name "Nguyễn Văn A"
  cchc notices -s scores.csv -u survey.csv --unit "Sơn Ninh" --unit SONKIM1 -o notices-again
  cchc notices -s scores.csv -u survey.csv --findings findings.csv --combined -o notices.docx
  cchc notices -s scores.csv -u survey.csv -f md -o notices-md

Each notice is laid out as an administrative document (Decree 30/2020/NĐ-CP): the issuer with the
number under it, the national motto, place and date; THÔNG BÁO Kết quả xác định Chỉ số cải cách hành
chính năm … của <unit>; its index, rank (among the ranked units, and within its group), band,
appraisal, survey, bonus and penalty points; its points by field with maximum and component index;
the criteria where it lost points (code, title, points of max) with the council's remarks beside
them (--findings); the shortcomings and recommendations on the unit as a whole; the gaps to the next
rank and band, as explain words them; the recipients and the signature. Every number is explain's.

The -o folder is created (or is an existing empty folder), with every notice or nothing: the files
are written into a temporary folder beside it, then renamed at once. A folder that holds anything
is refused (OUTPUT_FOLDER_NOT_EMPTY), so is a file (OUTPUT_NOT_A_FOLDER). Files are named by the
unit code; a code with what a file name cannot hold (/ \\ : * ? " < > |, control characters, a dot
first or last, a name Windows reserves such as CON or NUL, too long) has those as _, then - and 8
hex digits of the code's SHA-256, so that two units never share a file.

The number (--number): {n} numbers the notices in the order of the whole ranking (unranked units
last), so a unit keeps its number when its notice alone is made again; {n+K} goes on from the
office's register. A pattern without {n} is taken only when --unit picks one unit.
Default signer: "TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH"; default issuer: "ỦY BAN NHÂN DÂN HUYỆN
…………|HỘI ĐỒNG THẨM ĐỊNH". The same data and --date give the same bytes.
The notices are Vietnamese documents; --lang changes the help and the messages only.`,
};

export const noticesHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
