// Recognises the rows a Vietnamese report sheet has around its data: totals, section headings,
// and the signature block at the bottom. Called on every row, so the common case stays cheap.

export type RowKind = 'data' | 'empty' | 'total' | 'section' | 'footer';

// With the mean row a council's ranking ends with (`Bình quân`): not a unit. Not `Trung bình`
// alone, a band's label.
const TOTALS = new Set(['tổng cộng', 'cộng', 'tổng', 'tổng số', 'total', 'grand total', 'bình quân', 'bình quân chung', 'trung bình chung', 'average', 'mean']);
const TOTAL_LENGTH = 16;
// First letters of the totals, lower-cased by `| 0x20`: most rows are rejected without lower-casing.
const TOTAL_INITIAL = new Set([...'tcgbam'].map((c) => c.charCodeAt(0)));
const isTotal = (head: string): boolean => TOTALS.has(head.toLowerCase().replace(/[\s:.]+$/, ''));
// `I. Khối xã`, `A. Thị trấn`, `II. KHỐI THỊ TRẤN`: a roman numeral or a capital letter, a dot, a title.
const SECTION = /^(?:[IVXLC]+|[A-Z])[.)]\s*\S/;
// `I` | `Khối xã` | (empty…): the numeral in the STT column, the title in the next one.
const ROMAN_ALONE = /^[IVXLC]+\.?$/;
// Whole cells where a sentence could start so: a remark in a findings sheet may well say "Người
// lập hồ sơ chưa ký", "Xác nhận đơn vị đã khắc phục" or cite "Quyết định số 45 ngày 12 tháng 3
// năm 2021", and is no signature block.
const FOOTER = [
  /^người\s+(?:lập|duyệt|kiểm tra|tổng hợp)(?:\s+(?:biểu|bảng|báo cáo|danh sách))?[\s:.]*$/iu,
  /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u,
  // Upper case only: a respondent group may well be called `Chủ tịch UBND`.
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|THỦ TRƯỞNG|TRƯỞNG BAN|GIÁM ĐỐC)/u,
  /^xác nhận(?:\s+của(?:\s|$)|[\s:.]*$)/iu,
  // The place and the date, the whole cell: `Hương Sơn, ngày 15 tháng 12 năm 2021`.
  /^(?:[^,\d]{0,40},\s*)?ngày\s*[\d.…_ ]*\s*tháng\s*[\d.…_ ]*\s*năm\s*[\d.…_ ]*$/iu,
];
/** A cell holding a number (`8,25`, `96.5%`, `1 250`): never a signature line's. */
export const NUMBER_LIKE = /^[+-]?\d[\d.,\s]*%?$/;
const MAX_FOOTER_CELLS = 3;

/** The kind of a row whose cells are already trimmed. */
export function classifyRow(cells: readonly string[]): RowKind {
  let first = -1;
  let nonEmpty = 0;
  for (let k = 0; k < cells.length; k++) {
    if (cells[k] === '') continue;
    if (first < 0) first = k;
    nonEmpty++;
  }
  if (nonEmpty === 0) return 'empty';
  const head = cells[first] ?? '';
  if (head.length <= TOTAL_LENGTH && TOTAL_INITIAL.has(head.charCodeAt(0) | 0x20) && isTotal(head)) return 'total';
  if (nonEmpty === 1 && SECTION.test(head)) return 'section';
  if (nonEmpty === 2 && first === 0 && cells.length >= 4 && ROMAN_ALONE.test(head)) {
    const title = cells.find((c, k) => k > 0 && c !== '') ?? '';
    if (!/\d/.test(title)) return 'section';
  }
  if (nonEmpty <= MAX_FOOTER_CELLS && isFooter(cells)) return 'footer';
  return 'data';
}

function isFooter(cells: readonly string[]): boolean {
  let footer = false;
  for (const c of cells) {
    if (c === '') continue;
    if (NUMBER_LIKE.test(c)) return false;
    if (!footer && FOOTER.some((re) => re.test(c))) footer = true;
  }
  return footer;
}
