import type { OutputArgs } from '../../diagnostics/codes-output.js';
import type { MessageTable } from './types.js';

const FAILURE_EN = { 'disk-full': 'the disk is full', 'io-error': 'an input/output error', 'too-large': 'the file is too large for the disk', 'read-only-fs': 'the disk is read-only', other: 'a system error' };
const FAILURE_VI = { 'disk-full': 'ổ đĩa đã đầy', 'io-error': 'lỗi đọc/ghi thiết bị', 'too-large': 'tệp quá lớn so với ổ đĩa', 'read-only-fs': 'ổ đĩa chỉ cho phép đọc', other: 'lỗi hệ thống' };
const KIND_EN = { 'block-device': 'a disk device', socket: 'a socket' };
const KIND_VI = { 'block-device': 'một thiết bị ổ đĩa', socket: 'một socket' };
const OTHER_FILE_EN = 'choose another output file (-o)';
/** A count as each language groups thousands: 16,384 / 16.384. */
const n = (x: number, lang: 'vi' | 'en'): string => x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
const OTHER_FILE_VI = 'chọn tệp kết quả khác (-o)';

export const outputMessages = {
  OUTPUT_IS_INPUT: {
    en: (a) => `the output is the input file ${a.input}: writing would destroy it`,
    vi: (a) => `tệp kết quả chính là tệp đầu vào ${a.input}: ghi vào sẽ làm mất tệp đó`,
    hintEn: () => `${OTHER_FILE_EN}; a link or another name to the same file counts as the same file`,
    hintVi: () => `${OTHER_FILE_VI}; liên kết hay tên khác trỏ tới cùng một tệp vẫn là tệp đó`,
  },
  OUTPUT_IS_PACKAGE_FILE: {
    en: (a) => `the output is inside cchc's own folder ${a.folder}`,
    vi: (a) => `tệp kết quả nằm trong thư mục của chính cchc: ${a.folder}`,
    hintEn: () => OTHER_FILE_EN,
    hintVi: () => OTHER_FILE_VI,
  },
  OUTPUT_IS_DIRECTORY: {
    en: () => 'the output is a folder, not a file',
    vi: () => 'tệp kết quả là một thư mục, không phải tệp',
    hintEn: () => 'add a file name, e.g. -o folder/ranking.csv',
    hintVi: () => 'thêm tên tệp, ví dụ -o thu-muc/xep-hang.csv',
  },
  OUTPUT_NOT_A_FOLDER: {
    en: (a) => (a.notices ? 'the output is not a folder: the notices are written into a folder, one file per unit; it is left as it is' : 'the output ends with / (a folder), but that name is a file: it is left as it is'),
    vi: (a) => (a.notices ? 'kết quả không phải là thư mục: các thông báo được ghi vào một thư mục, mỗi đơn vị một tệp; tệp được giữ nguyên' : 'tệp kết quả kết thúc bằng / (một thư mục), nhưng tên đó là một tệp: tệp được giữ nguyên'),
    hintEn: (a) =>
      a.notices ? 'give a folder (new or empty), e.g. -o thong-bao; one Word file with every notice: --combined -o thong-bao.docx' : 'to write that file, give -o without the trailing /; to write in a folder, add a file name, e.g. -o folder/ranking.csv',
    hintVi: (a) =>
      a.notices ? 'ghi tên một thư mục (mới hoặc rỗng), ví dụ -o thong-bao; một tệp Word gồm mọi thông báo: --combined -o thong-bao.docx' : 'muốn ghi vào tệp đó, bỏ dấu / ở cuối -o; muốn ghi vào thư mục, thêm tên tệp, ví dụ -o thu-muc/xep-hang.csv',
  },
  OUTPUT_NOT_A_FILE: {
    en: (a) => `the output is ${KIND_EN[a.kind]}: cchc writes only to files, pipes and terminals`,
    vi: (a) => `tệp kết quả là ${KIND_VI[a.kind]}: cchc chỉ ghi vào tệp, đường ống (pipe) và màn hình`,
    hintEn: () => OTHER_FILE_EN,
    hintVi: () => OTHER_FILE_VI,
  },
  OUTPUT_READ_ONLY: {
    en: () => 'the output file is read-only: it is left as it is',
    vi: () => 'tệp kết quả chỉ cho phép đọc: tệp được giữ nguyên',
    hintEn: () => `${OTHER_FILE_EN}, or allow writing to it first`,
    hintVi: () => `${OTHER_FILE_VI}, hoặc cho phép ghi tệp trước`,
  },
  OUTPUT_FOLDER_MISSING: {
    en: (a) => `the folder ${a.folder} does not exist`,
    vi: (a) => `thư mục ${a.folder} không tồn tại`,
    hintEn: () => 'create the folder first, or check the path',
    hintVi: () => 'tạo thư mục trước, hoặc kiểm tra lại đường dẫn',
  },
  OUTPUT_FOLDER_NOT_WRITABLE: {
    en: (a) => `cannot write in the folder ${a.folder}`,
    vi: (a) => `không có quyền ghi vào thư mục ${a.folder}`,
    hintEn: () => 'the file is written beside its target, then renamed: choose a folder you may write in',
    hintVi: () => 'tệp được ghi tạm ngay trong thư mục đó rồi đổi tên: chọn thư mục có quyền ghi',
  },
  OUTPUT_NAME_TOO_LONG: {
    en: () => 'the file name is too long (at most 255 bytes; a Vietnamese letter takes 2 or 3)',
    vi: () => 'tên tệp quá dài (tối đa 255 byte; mỗi chữ tiếng Việt có dấu chiếm 2 hoặc 3 byte)',
    hintEn: () => 'choose a shorter name',
    hintVi: () => 'đặt tên ngắn hơn',
  },
  OUTPUT_LINK_BROKEN: {
    en: (a) => `the output is a link to ${a.target}, which does not exist`,
    vi: (a) => `tệp kết quả là liên kết tới ${a.target}, nơi không tồn tại`,
    hintEn: () => `${OTHER_FILE_EN}, or remove the broken link`,
    hintVi: () => `${OTHER_FILE_VI}, hoặc xóa liên kết hỏng`,
  },
  OUTPUT_XLSX_SHEET_TOO_LARGE: {
    en: (a) => `the sheet ${a.sheet} would have ${n(a.count, 'en')} ${a.what}; Excel holds at most ${n(a.max, 'en')}${a.what === 'columns' ? ` (to column XFD): "${a.first}" would be past it` : ''}`,
    vi: (a) => `trang tính ${a.sheet} sẽ có ${n(a.count, 'vi')} ${a.what === 'columns' ? 'cột' : 'dòng'}; Excel chỉ chứa tối đa ${n(a.max, 'vi')}${a.what === 'columns' ? ` (đến cột XFD): "${a.first}" sẽ nằm ngoài` : ''}`,
    hintEn: () => 'write CSV instead (-f csv or -o file.csv): it has no such limit',
    hintVi: () => 'ghi ra CSV (-f csv hoặc -o tep.csv): CSV không có giới hạn này',
  },
  OUTPUT_XLSX_CELL_TOO_LONG: {
    en: (a) => `a cell of ${n(a.length, 'en')} characters: Excel holds at most ${n(a.max, 'en')} in a cell; the workbook is not written`,
    vi: (a) => `một ô dài ${n(a.length, 'vi')} ký tự: Excel chỉ chứa tối đa ${n(a.max, 'vi')} ký tự một ô; sổ tính không được ghi`,
    hintEn: () => 'shorten that text in the input, or write CSV or JSON (-f csv, -f json), which keep it whole',
    hintVi: () => 'rút gọn nội dung đó trong tệp đầu vào, hoặc ghi ra CSV hay JSON (-f csv, -f json): giữ nguyên toàn văn',
  },
  OUTPUT_DOCX_TOO_LARGE: {
    en: (a) => `the Word annex would hold ${n(a.units, 'en')} units and ${n(a.remarks, 'en')} remarks; it is made for at most ${n(a.maxUnits, 'en')} units and ${n(a.maxRemarks, 'en')} remarks`,
    vi: (a) => `phụ lục Word sẽ có ${n(a.units, 'vi')} đơn vị và ${n(a.remarks, 'vi')} nhận xét; phụ lục chỉ lập được tối đa ${n(a.maxUnits, 'vi')} đơn vị và ${n(a.maxRemarks, 'vi')} nhận xét`,
    hintEn: () => 'write the ranking as a workbook or CSV (-f xlsx, -f csv), or one annex per group of units',
    hintVi: () => 'ghi bảng xếp hạng ra sổ tính hoặc CSV (-f xlsx, -f csv), hoặc lập phụ lục riêng cho từng nhóm đơn vị',
  },
  OUTPUT_FOLDER_NOT_EMPTY: {
    en: (a) => `the folder already holds ${a.entries} ${a.entries === 1 ? 'item' : 'items'}: nothing is written into it`,
    vi: (a) => `thư mục đã có ${a.entries} tệp hoặc thư mục con: không ghi gì vào đó`,
    hintEn: () => 'give a new or empty folder (the notices are written together, all or none), or empty this one first',
    hintVi: () => 'ghi tên thư mục mới hoặc thư mục rỗng (các thông báo được ghi cùng lúc, đủ cả hoặc không có gì), hoặc làm rỗng thư mục này trước',
  },
  OUTPUT_WRITE_FAILED: {
    en: (a) => `writing failed: ${FAILURE_EN[a.failure]} (${a.code}); an existing file is left as it was`,
    vi: (a) => `ghi không thành công: ${FAILURE_VI[a.failure]} (${a.code}); tệp cũ (nếu có) được giữ nguyên`,
  },
} satisfies MessageTable<keyof OutputArgs>;
