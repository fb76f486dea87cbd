import { xlsxDamageText } from './xlsx-damage.js';
import type { InputArgs, UnreadableKind } from '../../diagnostics/codes-input.js';
import type { MessageTable } from './types.js';

const list = (xs: readonly string[]) => xs.map((x) => `«${x}»`).join(', ');

const SAVE_AS_EN = 'File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"';
const SAVE_AS_VI = 'Tệp (File) → Lưu thành (Save As) → "CSV UTF-8 (Comma delimited) (*.csv)"';
const RESAVE_EN = `open the workbook in Excel and use ${SAVE_AS_EN}`;
const RESAVE_VI = `mở bảng tính bằng Excel, chọn ${SAVE_AS_VI}`;

const NOT_CSV_EN = { xlsx: 'an Excel workbook (.xlsx)', xls: 'an old Excel workbook (.xls)', pdf: 'a PDF document', binary: 'a binary file', ods: 'an OpenDocument spreadsheet (.ods)', docx: 'a Word document', zip: 'a zip archive' };
const NOT_CSV_VI = { xlsx: 'một sổ tính Excel (.xlsx)', xls: 'một sổ tính Excel cũ (.xls)', pdf: 'một tài liệu PDF', binary: 'một tệp nhị phân', ods: 'một bảng tính OpenDocument (.ods)', docx: 'một văn bản Word', zip: 'một tệp nén zip' };
const SAVE_XLSX_EN = 'open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), or as "CSV UTF-8"';
const SAVE_XLSX_VI = 'mở bằng Excel hoặc LibreOffice rồi lưu thành sổ tính Excel (.xlsx), hoặc "CSV UTF-8"';
const REFUSED_EN = { ratio: 'expands far more than any real workbook (a zip bomb)', size: 'is larger than cchc reads', 'declared-size': 'holds more than its zip header declares', cells: 'places cells far beyond its data (a grid bomb)', doctype: 'has a DOCTYPE (entity expansion)' };
const REFUSED_VI = { ratio: 'giãn nở lớn hơn mọi sổ tính thật (bom nén zip)', size: 'lớn hơn mức cchc đọc', 'declared-size': 'chứa nhiều hơn kích thước khai báo trong tệp zip', cells: 'đặt ô ở rất xa vùng dữ liệu', doctype: 'có khai báo DOCTYPE (mở rộng thực thể)' };
const HOW_EN = { named: 'named after the file', first: 'the first visible sheet', recognised: 'the first visible sheet whose header cchc recognises' };
const HOW_VI = { named: 'theo tên ghi sau tên tệp', first: 'trang tính hiện đầu tiên', recognised: 'trang tính hiện đầu tiên có dòng tiêu đề cchc nhận ra' };
const UNREADABLE_EN: Record<UnreadableKind, string> = {
  missing: 'the file does not exist',
  directory: 'this is a folder, not a file',
  permission: 'permission denied',
  'not-a-folder': 'a part of the path is a file, not a folder',
  'name-too-long': 'the name is too long',
  'link-loop': 'the path is a loop of links',
};
const UNREADABLE_VI: Record<UnreadableKind, string> = {
  missing: 'tệp không tồn tại',
  directory: 'đây là thư mục, không phải tệp',
  permission: 'không có quyền đọc tệp',
  'not-a-folder': 'một phần của đường dẫn là tệp, không phải thư mục',
  'name-too-long': 'tên tệp quá dài',
  'link-loop': 'đường dẫn là một vòng liên kết',
};
const TOO_LARGE_EN = { sheet: 'no sheet is this large', criteria: 'the limit of a criteria file (real sets are a few kilobytes)', memory: 'the most this system can hold in memory at once, for a workbook read from a pipe' };
const TOO_LARGE_VI = { sheet: 'không bảng tính nào lớn như vậy', criteria: 'mức tối đa của tệp bộ tiêu chí (bộ tiêu chí thật chỉ vài kilobyte)', memory: 'mức lớn nhất hệ thống giữ được trong bộ nhớ một lúc, với sổ tính đọc từ đường ống' };
const FONT_VI = { TCVN3: 'TCVN3 (ABC, phông .VnTime)', VNI: 'VNI (phông VNI-Times)' };
const FONT_EN = { TCVN3: 'TCVN3 (ABC, .VnTime fonts)', VNI: 'VNI (VNI-Times fonts)' };

export const inputMessages = {
  INPUT_FILE_UNREADABLE: {
    en: (a) => `cannot read the file: ${a.kind ? UNREADABLE_EN[a.kind] : a.reason}`,
    // The system's own text is English: a reader of Vietnamese gets its code.
    vi: (a) => `không đọc được tệp: ${a.kind ? UNREADABLE_VI[a.kind] : `lỗi của hệ điều hành${a.code ? ` (${a.code})` : ''}`}`,
    hintEn: (a) => (a.kind === 'missing' ? 'check the path and the file name' : 'check the path and the permissions'),
    hintVi: (a) => (a.kind === 'missing' ? 'kiểm tra lại đường dẫn và tên tệp' : 'kiểm tra lại đường dẫn và quyền truy cập'),
  },
  INPUT_NOT_CSV: {
    en: (a) => `this is ${NOT_CSV_EN[a.kind]}, not a CSV file${a.kind === 'xlsx' ? '' : ' or an .xlsx workbook'}`,
    vi: (a) => `đây là ${NOT_CSV_VI[a.kind]}, không phải tệp CSV${a.kind === 'xlsx' ? '' : ' hay sổ tính .xlsx'}`,
    hintEn: (a) => (a.kind === 'xls' || a.kind === 'ods' ? SAVE_XLSX_EN : RESAVE_EN),
    hintVi: (a) => (a.kind === 'xls' || a.kind === 'ods' ? SAVE_XLSX_VI : RESAVE_VI),
  },
  INPUT_XLSX_DAMAGED: {
    en: (a) => `the workbook is damaged and cannot be read (${xlsxDamageText(a, 'en')})`,
    vi: (a) => `sổ tính bị hỏng, không đọc được (${xlsxDamageText(a, 'vi')})`,
    hintEn: () => `${SAVE_XLSX_EN}; if it does not open, ask for the file again`,
    hintVi: () => `${SAVE_XLSX_VI}; nếu không mở được, hãy xin gửi lại tệp`,
  },
  INPUT_XLSX_ENCRYPTED: {
    en: (a) => (a.kind === 'password' ? 'the workbook is protected by a password (an encrypted file), which cchc does not open' : 'the workbook\'s parts are encrypted'),
    vi: (a) => (a.kind === 'password' ? 'sổ tính được bảo vệ bằng mật khẩu (tệp đã mã hoá), cchc không mở loại tệp này' : 'các phần của sổ tính đã bị mã hoá'),
    hintEn: () => 'open it in Excel with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run cchc again',
    hintVi: () => 'mở tệp bằng Excel với mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá trống), lưu lại rồi chạy lại cchc',
  },
  INPUT_XLSX_REFUSED: {
    en: (a) => `refused: the part ${a.part} ${REFUSED_EN[a.why]}; nothing was read from it`,
    vi: (a) => `từ chối đọc: phần ${a.part} ${REFUSED_VI[a.why]}; không đọc gì từ đó`,
    hintEn: () => `this is not a workbook as Excel or LibreOffice write them: ${SAVE_XLSX_EN}`,
    hintVi: () => `đây không phải sổ tính như Excel hay LibreOffice ghi ra: hãy ${SAVE_XLSX_VI}`,
  },
  INPUT_XLSX_STRING_INDEX: {
    en: (a) => `the cell refers to text number ${a.index}, but the workbook has ${a.count} texts`,
    vi: (a) => `ô tham chiếu tới chuỗi văn bản số ${a.index}, nhưng sổ tính chỉ có ${a.count} chuỗi`,
    hintEn: () => SAVE_XLSX_EN,
    hintVi: () => SAVE_XLSX_VI,
  },
  INPUT_XLSX_SHEET_UNKNOWN: {
    en: (a) => (a.sheets === '' ? `#${a.sheet} names a sheet, but the file is not a workbook` : `the workbook has no sheet named "${a.sheet}"; its sheets: ${a.sheets}`),
    vi: (a) => (a.sheets === '' ? `#${a.sheet} là tên trang tính, nhưng tệp không phải sổ tính` : `sổ tính không có trang tính tên "${a.sheet}"; các trang tính: ${a.sheets}`),
    hintEn: () => 'write the sheet name after # exactly as on its tab, in quotes if it has spaces: -s "book.xlsx#Khảo sát"',
    hintVi: () => 'ghi tên trang tính sau dấu # đúng như trên thẻ trang, đặt trong ngoặc kép nếu có dấu cách: -s "so-tinh.xlsx#Khảo sát"',
  },
  INPUT_XLSX_NO_SHEET: {
    en: (a) => `no visible sheet has a header row cchc recognises (sheets: ${a.sheets})`,
    vi: (a) => `không trang tính nào đang hiện có dòng tiêu đề cchc nhận ra (các trang tính: ${a.sheets})`,
    hintEn: () => 'name the sheet after the file (book.xlsx#Sheet); the header row needs a "unit" (or "đơn vị") column and the criteria codes; `cchc template -o scores.xlsx` writes one',
    hintVi: () => 'ghi tên trang tính sau tên tệp (so-tinh.xlsx#Trang); dòng tiêu đề cần cột "đơn vị" (hoặc "unit") và các mã tiêu chí; lệnh `cchc template -o diem.xlsx` tạo một mẫu',
  },
  INPUT_XLSX_SHEET_CHOSEN: {
    en: (a) => `read the sheet "${a.sheet}" (${HOW_EN[a.how]}), header on row ${a.headerLine}, ${a.skipped} row(s) skipped${a.passedOver ? `; passed over: ${a.passedOver}` : ''}`,
    vi: (a) => `đã đọc trang tính "${a.sheet}" (${HOW_VI[a.how]}), dòng tiêu đề ${a.headerLine}, bỏ qua ${a.skipped} dòng${a.passedOver ? `; các trang bỏ qua: ${a.passedOver}` : ''}`,
  },
  INPUT_EMPTY_FILE: {
    en: () => 'the file is empty',
    vi: () => 'tệp không có nội dung',
  },
  INPUT_ENCODING_GUESSED: {
    en: () => 'the file is not UTF-8; it was read as Windows-1258 (Vietnamese ANSI)',
    vi: () => 'tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258 (ANSI tiếng Việt)',
    hintEn: () => `if letters look wrong, ${RESAVE_EN}`,
    hintVi: () => `nếu chữ bị sai, hãy ${RESAVE_VI}`,
  },
  INPUT_UTF16_WITHOUT_BOM: {
    en: (a) => `the file looks like ${a.encoding.toUpperCase()} without a byte order mark; read it as such`,
    vi: (a) => `tệp có vẻ là ${a.encoding.toUpperCase()} nhưng thiếu dấu BOM; đã đọc theo bảng mã đó`,
    hintEn: () => RESAVE_EN,
    hintVi: () => RESAVE_VI,
  },
  INPUT_TEXT_DESTROYED: {
    en: (a) => `Vietnamese letters were replaced by "?" when the file was saved (${a.count} places, e.g. ${list(a.samples)}); they cannot be recovered`,
    vi: (a) => `chữ tiếng Việt đã bị thay bằng dấu "?" khi lưu tệp (${a.count} chỗ, ví dụ ${list(a.samples)}); không thể khôi phục`,
    hintEn: () => `the CSV was saved in a code page without Vietnamese letters: open the original workbook in Excel and use ${SAVE_AS_EN}`,
    hintVi: () => `tệp CSV đã được lưu bằng bảng mã không có chữ tiếng Việt: hãy mở lại bảng tính gốc bằng Excel, chọn ${SAVE_AS_VI}`,
  },
  INPUT_TEXT_DOUBLE_ENCODED: {
    en: (a) => `the text was encoded twice (${list(a.samples)} should read ${list(a.fixed)})`,
    vi: (a) => `văn bản bị mã hoá hai lần (${list(a.samples)} đúng ra là ${list(a.fixed)})`,
    hintEn: () => `a UTF-8 CSV was opened in Excel as ANSI and saved again: open the original file with Data → From Text/CSV choosing "65001: Unicode (UTF-8)", then ${SAVE_AS_EN}`,
    hintVi: () => `tệp CSV UTF-8 đã được Excel mở sai bảng mã rồi lưu lại: hãy mở tệp gốc bằng Dữ liệu → Từ Văn bản/CSV, chọn "65001: Unicode (UTF-8)", rồi chọn ${SAVE_AS_VI}`,
  },
  INPUT_LEGACY_FONT: {
    en: (a) => `the text is in the legacy ${FONT_EN[a.font]} encoding, not Unicode (e.g. ${list(a.samples)})`,
    vi: (a) => `văn bản dùng bảng mã cũ ${FONT_VI[a.font]}, không phải Unicode (ví dụ ${list(a.samples)})`,
    hintEn: (a) =>
      `convert the workbook to Unicode with UniKey's converter (Ctrl+Shift+F6, source ${a.font === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows'}, target Unicode), then use ${SAVE_AS_EN}` +
      (a.font === 'TCVN3' ? '; or let cchc convert it with --convert-tcvn3' : ''),
    hintVi: (a) =>
      `chuyển bảng tính sang Unicode bằng công cụ chuyển mã của UniKey (Ctrl+Shift+F6, nguồn ${a.font === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows'}, đích Unicode), rồi chọn ${SAVE_AS_VI}` +
      (a.font === 'TCVN3' ? '; hoặc để cchc tự chuyển bằng tuỳ chọn --convert-tcvn3' : ''),
  },
  INPUT_TCVN3_CONVERTED: {
    en: (a) => `converted TCVN3 (ABC) text to Unicode (e.g. ${list(a.samples)} → ${list(a.converted)})`,
    vi: (a) => `đã chuyển văn bản TCVN3 (ABC) sang Unicode (ví dụ ${list(a.samples)} → ${list(a.converted)})`,
    hintEn: () => 'check the names of the units in the result',
    hintVi: () => 'hãy kiểm tra lại tên các đơn vị trong kết quả',
  },
  INPUT_UNCLOSED_QUOTE: {
    en: () => 'a quoted cell is never closed: the rest of the file was read as one cell',
    vi: () => 'một ô mở dấu ngoặc kép nhưng không đóng: phần còn lại của tệp bị đọc thành một ô',
    hintEn: () => 'add the missing closing " or remove the opening one',
    hintVi: () => 'thêm dấu " đóng còn thiếu hoặc bỏ dấu " mở',
  },
  INPUT_RECORD_TOO_LONG: {
    en: (a) => `a row longer than ${a.limit} starts here: a quote that is never closed, or a file without line breaks`,
    vi: (a) => `một dòng dài hơn ${a.limit} bắt đầu ở đây: có dấu ngoặc kép không được đóng, hoặc tệp không có dấu xuống dòng`,
    hintEn: () => 'look for a cell that opens a quote (") and close it, or check that this is the right file',
    hintVi: () => 'tìm ô có dấu ngoặc kép (") mở mà không đóng và sửa lại, hoặc kiểm tra xem có đúng tệp không',
  },
  INPUT_DEVICE: {
    en: () => 'this is a device, not a file: it would never end',
    vi: () => 'đây là một thiết bị, không phải tệp: đọc sẽ không bao giờ kết thúc',
    hintEn: () => 'give the path of the CSV file (or - to read standard input)',
    hintVi: () => 'hãy chỉ đường dẫn tới tệp CSV (hoặc - để đọc từ đầu vào chuẩn)',
  },
  INPUT_TOO_LARGE: {
    en: (a) => `the input is larger than ${a.limit} (${a.size.toLocaleString('en-US')} bytes or more): ${TOO_LARGE_EN[a.kind ?? 'sheet']}`,
    vi: (a) => `dữ liệu vào lớn hơn ${a.limit} (từ ${a.size.toLocaleString('vi-VN')} byte trở lên): ${TOO_LARGE_VI[a.kind ?? 'sheet']}`,
    hintEn: (a) => (a.kind === undefined ? 'check that this is the right file; to read larger inputs set CCHC_MAX_INPUT (e.g. CCHC_MAX_INPUT=8G)' : a.kind === 'criteria' ? 'check that this is the right file: a criteria set is a JSON file of a few kilobytes' : 'save the workbook to a file and give its path (a file is read in parts), or use a CSV'),
    hintVi: (a) => (a.kind === undefined ? 'kiểm tra xem có đúng tệp không; muốn đọc tệp lớn hơn, đặt biến môi trường CCHC_MAX_INPUT (ví dụ CCHC_MAX_INPUT=8G)' : a.kind === 'criteria' ? 'kiểm tra xem có đúng tệp không: bộ tiêu chí là tệp JSON chỉ vài kilobyte' : 'lưu sổ tính ra tệp rồi chỉ đường dẫn tới tệp (tệp được đọc từng phần), hoặc dùng CSV'),
  },
  INPUT_HEADER_NOT_FOUND: {
    en: (a) => `no header row found in the first ${a.scanned} rows${a.firstText ? ` (the first row reads: ${a.firstText})` : ''}`,
    vi: (a) => `không tìm thấy dòng tiêu đề cột trong ${a.scanned} dòng đầu${a.firstText ? ` (dòng đầu: ${a.firstText})` : ''}`,
    hintEn: () => 'the header row needs a "unit" (or "đơn vị") column and the criteria codes as column names; `cchc template` prints one',
    hintVi: () => 'dòng tiêu đề cần có cột "đơn vị" (hoặc "unit") và các cột mang mã tiêu chí; lệnh `cchc template` in ra một mẫu',
  },
  INPUT_DUPLICATE_HEADER: {
    en: (a) => `the column name "${a.name}" is used twice (also column ${a.firstColumn})`,
    vi: (a) => `tên cột "${a.name}" bị trùng (trùng với cột ${a.firstColumn})`,
    hintEn: () => 'rename or delete one of the two columns',
    hintVi: () => 'đổi tên hoặc xoá một trong hai cột',
  },
  INPUT_EMPTY_HEADER: {
    en: () => 'this column has data but no name in the header row',
    vi: () => 'cột này có dữ liệu nhưng không có tên ở dòng tiêu đề',
    hintEn: () => 'give the column a name, or delete it',
    hintVi: () => 'đặt tên cho cột, hoặc xoá cột đó',
  },
  INPUT_RAGGED_ROW: {
    en: (a) =>
      `the row has ${a.actual} cells but the header has ${a.expected}` +
      (a.splitNumber ? `; "${a.splitNumber}" looks like a number with a decimal comma split in two` : ''),
    vi: (a) =>
      `dòng có ${a.actual} ô nhưng dòng tiêu đề có ${a.expected} ô` +
      (a.splitNumber ? `; "${a.splitNumber}" có vẻ là một số thập phân dùng dấu phẩy bị tách làm hai` : ''),
    hintEn: (a) =>
      a.splitNumber
        ? 'in a comma-separated file write decimals with a point (7.5) or put them in quotes ("7,5"); or save the CSV with ";" as the separator'
        : 'remove the extra cells, or quote cells that contain the separator',
    hintVi: (a) =>
      a.splitNumber
        ? 'trong tệp phân cách bằng dấu phẩy, hãy viết số thập phân bằng dấu chấm (7.5) hoặc đặt trong ngoặc kép ("7,5"); hoặc lưu CSV với dấu ";" làm dấu phân cách'
        : 'xoá các ô thừa, hoặc đặt các ô có chứa dấu phân cách trong ngoặc kép',
  },
  INPUT_TOTAL_ROW_SKIPPED: {
    en: (a) => `skipped a total row ("${a.text}")`,
    vi: (a) => `đã bỏ qua dòng tổng ("${a.text}")`,
  },
  INPUT_SECTION_ROW_SKIPPED: {
    en: (a) => `skipped a section heading ("${a.text}")`,
    vi: (a) => `đã bỏ qua dòng tiêu đề nhóm ("${a.text}")`,
  },
  INPUT_FOOTER_REACHED: {
    en: (a) => `signature block ("${a.text}")${a.ignoredRows ? `; ${a.ignoredRows} rows after it hold no unit's data and were not read` : ''}`,
    vi: (a) => `phần ký tên ("${a.text}")${a.ignoredRows ? `; ${a.ignoredRows} dòng sau đó không có dữ liệu của đơn vị nào nên không đọc` : ''}`,
    hintEn: () => 'data rows must come above the signature block',
    hintVi: () => 'các dòng dữ liệu phải nằm phía trên phần ký tên',
  },
  INPUT_ROWS_AFTER_FOOTER: {
    en: (a) => `${a.rows} row${a.rows === 1 ? '' : 's'} from here, below the signature line "${a.text}" (line ${a.footerLine}), hold a unit's data: read`,
    vi: (a) => `${a.rows} dòng từ đây, nằm dưới dòng ký tên "${a.text}" (dòng ${a.footerLine}), có dữ liệu của đơn vị: vẫn được đọc`,
    hintEn: () => 'move the signature lines below the last unit, or delete them',
    hintVi: () => 'chuyển các dòng ký tên xuống dưới đơn vị cuối cùng, hoặc xóa đi',
  },
  INPUT_DETECTED: {
    en: (a) => `read as ${a.encoding}, delimiter ${a.delimiter}, header on line ${a.headerLine}, ${a.skipped} row(s) skipped`,
    vi: (a) => `đọc theo mã ${a.encoding}, dấu phân cách ${a.delimiter === 'tab' ? 'tab' : `"${a.delimiter}"`}, dòng tiêu đề ${a.headerLine}, bỏ qua ${a.skipped} dòng`,
  },
} satisfies MessageTable<keyof InputArgs>;
