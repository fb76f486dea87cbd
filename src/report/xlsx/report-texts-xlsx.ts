// Sheet names and legend labels of the workbooks cchc writes, in Vietnamese and English.
import type { Lang } from '../messages/index.js';

const VI = {
  ranking: 'Xếp hạng',
  legend: 'Chú thích',
  reconcile: 'Điều chỉnh',
  compare: 'So sánh',
  column: 'Cột',
  meaning: 'Ý nghĩa',
  max: 'Điểm tối đa',
  criteria: 'Bộ tiêu chí',
  precision: 'Số chữ số thập phân',
  date: 'Ngày',
  input: 'Tệp đầu vào',
  sha256: 'SHA-256',
  total: 'Tổng điểm = thẩm định + điều tra XHH + thưởng − trừ',
  index: 'Chỉ số (%) = tổng điểm ÷ điểm tối đa áp dụng × 100',
  field: 'Điểm của lĩnh vực',
};
const EN: typeof VI = {
  ranking: 'Ranking',
  legend: 'Legend',
  reconcile: 'Adjustments',
  compare: 'Comparison',
  column: 'Column',
  meaning: 'Meaning',
  max: 'Maximum points',
  criteria: 'Criteria set',
  precision: 'Decimals',
  date: 'Date',
  input: 'Input file',
  sha256: 'SHA-256',
  total: 'Total = appraisal + survey + bonus − penalty',
  index: 'Index (%) = total ÷ applicable maximum × 100',
  field: 'Points of the field',
};

export const xlsxText = (lang: Lang) => (lang === 'en' ? EN : VI);
