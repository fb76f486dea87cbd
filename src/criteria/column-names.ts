// The reserved columns of score and survey sheets and their accepted names (English and
// Vietnamese, with and without diacritics). Headers are matched by foldKey. Kept with the
// criteria model because a node code or a survey question may not take one of these names.
import { foldKey } from '../text/normalize.js';

/** What cchc computes itself; a sheet may carry it (every council workbook does): cross-checked, not read. */
export type ComputedColumn = 'rank' | 'appraisal' | 'survey' | 'total' | 'max' | 'index' | 'band';
export type Column =
  | 'unit' | 'name' | 'group' | 'ranked' | 'bonus' | 'penalty' | 'code' | 'value' | 'respondent' | 'ignored'
  // The appraisal's remarks (findings sheet, and the same columns in a scores sheet): a remark of
  // no stated kind, a shortcoming, a recommendation, the evidence checked, the kind of the remark.
  | 'note' | 'shortcoming' | 'recommendation' | 'evidence' | 'kind'
  | ComputedColumn;
export const COMPUTED_COLUMNS: readonly ComputedColumn[] = ['rank', 'appraisal', 'survey', 'total', 'max', 'index', 'band'];

const ALIASES: Record<Column, string[]> = {
  unit: ['unit', 'đơn vị', 'don vi', 'mã đơn vị', 'ma don vi', 'mã', 'ma', 'xã', 'đơn vị (xã, thị trấn)'],
  name: ['name', 'tên', 'ten', 'tên đơn vị', 'ten don vi'],
  group: ['group', 'nhóm', 'nhom', 'khối', 'khoi', 'loại đơn vị'],
  ranked: ['ranked', 'xếp hạng', 'xep hang', 'có xếp hạng'],
  bonus: ['bonus', 'điểm thưởng', 'diem thuong', 'thưởng', 'thuong', 'điểm cộng'],
  penalty: ['penalty', 'điểm trừ', 'diem tru', 'trừ', 'tru'],
  note: ['note', 'notes', 'remark', 'remarks', 'ghi chú', 'ghi chu', 'nhận xét', 'nhan xet', 'nội dung nhận xét', 'ý kiến thẩm định'],
  shortcoming: ['shortcoming', 'shortcomings', 'tồn tại', 'ton tai', 'hạn chế', 'han che', 'tồn tại, hạn chế', 'tồn tại hạn chế', 'tồn tại, hạn chế, thiếu sót'],
  recommendation: ['recommendation', 'recommendations', 'kiến nghị', 'kien nghi', 'đề nghị', 'de nghi', 'kiến nghị, đề xuất', 'đề xuất'],
  evidence: ['evidence', 'tài liệu kiểm chứng', 'tai lieu kiem chung', 'tlkc', 'hồ sơ kiểm chứng', 'tài liệu', 'minh chứng'],
  kind: ['kind', 'type', 'loại', 'loai', 'loại nhận xét', 'phân loại'],
  code: ['code', 'mã tiêu chí', 'ma tieu chi', 'tiêu chí', 'tieu chi', 'criterion'],
  value: ['value', 'điểm', 'diem', 'giá trị', 'gia tri', 'kết quả', 'score', 'points'],
  respondent: ['respondent', 'phiếu', 'phieu', 'mã phiếu', 'ma phieu', 'số phiếu', 'người trả lời', 'form'],
  // Row numbers that every Vietnamese sheet carries; read and ignored.
  ignored: ['stt', 'tt', 'số tt', 'so tt', 'số thứ tự', 'no.', '#'],
  // The council's own results (and the headings of cchc's ranking, in both languages).
  rank: ['rank', 'hạng', 'hang', 'thứ hạng', 'thu hang', 'xếp thứ', 'xep thu'],
  appraisal: ['appraisal', 'thẩm định', 'tham dinh', 'điểm thẩm định', 'diem tham dinh', 'tổng điểm thẩm định'],
  survey: ['survey', 'điều tra xhh', 'dieu tra xhh', 'điểm điều tra', 'diem dieu tra', 'điểm điều tra xhh', 'điều tra xã hội học', 'điểm điều tra xã hội học'],
  total: ['total', 'tổng điểm', 'tong diem', 'tổng', 'tong', 'tổng cộng', 'điểm tổng', 'tổng số điểm', 'tổng điểm đạt được', 'điểm đạt được'],
  max: ['max', 'tối đa', 'toi da', 'điểm tối đa', 'diem toi da', 'điểm tối đa áp dụng'],
  index: ['index', 'index (%)', 'chỉ số', 'chi so', 'chỉ số (%)', 'chỉ số cchc', 'chỉ số cải cách hành chính', 'par index'],
  band: ['band', 'xếp loại', 'xep loai', 'mức xếp loại', 'kết quả xếp loại'],
};

const BY_KEY = new Map<string, Column>();
for (const [col, names] of Object.entries(ALIASES) as [Column, string[]][]) for (const n of names) BY_KEY.set(foldKey(n), col);

export const columnOf = (header: string): Column | undefined => BY_KEY.get(foldKey(header));

/** Column index of each reserved column found in a header row (first occurrence). */
export function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const col = columnOf(h);
    if (col && found[col] === undefined) found[col] = i;
  });
  return found;
}
