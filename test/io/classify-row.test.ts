import { describe, expect, it } from 'vitest';
import { classifyRow, type RowKind } from '../../src/io/classify-row.js';

const cases: [cells: string[], kind: RowKind][] = [
  [['', '', ''], 'empty'],
  [['1', 'Xã Sơn Hồng', '7,5'], 'data'],
  [['Tổng cộng', '', '22,5'], 'total'],
  [['', 'TỔNG CỘNG:', '22,5'], 'total'],
  [['', 'Cộng', '5'], 'total'],
  [['Tổng', '10'], 'total'],
  [['Total', '', '10'], 'total'],
  [['Cộng đồng', '1', '2'], 'data'],
  // The mean row a council's ranking ends with; a band's label alone is no total.
  [['', 'Bình quân', '79,61', ''], 'total'],
  [['', 'BÌNH QUÂN CHUNG:', '79,61'], 'total'],
  [['', 'Trung bình chung', '79,61'], 'total'],
  [['Average', '', '79.61'], 'total'],
  [['Trung bình', '5', '6'], 'data'],
  [['Bình Quân Xã', '5', '6'], 'data'],
  [['Tổng Thị trấn', '1'], 'data'],
  [['I. Khối xã', '', '', ''], 'section'],
  [['A. Thị trấn', '', ''], 'section'],
  [['II. KHỐI THỊ TRẤN', '', ''], 'section'],
  [['I', 'Khối xã', '', '', ''], 'section'],
  [['I', 'Khối xã', '', '7'], 'data'],
  [['A', 'Xã Sơn Hồng', '7', '8'], 'data'],
  [['a. ghi chú', '', ''], 'data'],
  [['Người lập biểu', '', '', 'TM. HỘI ĐỒNG THẨM ĐỊNH'], 'footer'],
  [['NGƯỜI LẬP BẢNG', '', ''], 'footer'],
  [['', '', 'CHỦ TỊCH'], 'footer'],
  [['', 'KT. CHỦ TỊCH', ''], 'footer'],
  [['Xác nhận của UBND huyện', ''], 'footer'],
  [['', 'Hương Sơn, ngày 15 tháng 12 năm 2021'], 'footer'],
  [['', '..., ngày … tháng … năm 2021'], 'footer'],
  // A respondent group called "Chủ tịch UBND" is data, not a signature.
  [['Xã A', 'R1', 'Chủ tịch UBND'], 'data'],
  [['Xã A', 'CHỦ TỊCH', '7'], 'data'],
  [['Xã A', 'R1', 'CHỦ TỊCH', 'A', 'B', 'C'], 'data'],
  [['', 'ngày … tháng … năm …'], 'footer'],
  [['', 'NGƯỜI LẬP BIỂU:'], 'footer'],
  [['XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', ''], 'footer'],
  // A findings sheet's remarks and evidence: a document's date in a sentence, a remark that starts like a signature.
  [['SONHA', '', 'Văn bản chưa đúng thể thức', 'Quyết định số 45/QĐ-UBND ngày 12 tháng 3 năm 2021'], 'data'],
  [['SONHA', 'Kế hoạch ban hành ngày 15 tháng 01 năm 2021, chậm so với quy định'], 'data'],
  [['KIMHOA', 'Xác nhận đơn vị đã khắc phục một phần'], 'data'],
  [['KIMHOA', 'Người lập hồ sơ tự đánh giá chưa ký'], 'data'],
];

describe('classifyRow', () => {
  it.each(cases)('%j → %s', (cells, kind) => {
    expect(classifyRow(cells)).toBe(kind);
  });
});
