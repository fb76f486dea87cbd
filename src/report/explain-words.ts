// The words of `cchc explain` that say what its numbers mean: the gap to the unit ranked above and
// to the next band, and the rows that make the sheet add up to the total.
import type { Lang } from './messages/index.js';

const VI = {
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
  total: 'Tổng điểm',
  top: (group: boolean) => `Đứng đầu bảng xếp hạng${group ? ' trong nhóm' : ''}.`,
  unranked: 'Đơn vị không xếp hạng.',
  gap: (a: { above: string; rank: number; index: string; gap: string; need: string; max: string; unit: string }) =>
    `Đơn vị xếp ngay trên là ${a.above} (hạng ${a.rank}, chỉ số ${a.index}): tổng điểm của đơn vị đó hơn ${a.unit} ${a.gap} điểm. ` +
    `Xếp hạng theo chỉ số, nên để bằng chỉ số ${a.index}, ${a.unit} cần thêm ${a.need} điểm (trên điểm tối đa ${a.max} của mình).`,
  tied: (a: { above: string; rank: number; index: string; unit: string }) =>
    `Đơn vị xếp ngay trên là ${a.above} (hạng ${a.rank}), cùng chỉ số ${a.index}: ${a.unit} xếp sau theo quy tắc khi bằng chỉ số; thêm điểm thẩm định hoặc điểm tiêu chí dùng để so là lên hạng.`,
  band: (a: { band: string; min: string; need: string; max: string; total: string }) =>
    ` Để lên loại ${a.band} (chỉ số từ ${a.min}) cần thêm ${a.need} điểm (${a.min}% × ${a.max} − ${a.total}).`,
};

const EN: typeof VI = {
  bonus: 'Bonus',
  penalty: 'Penalty',
  total: 'Total',
  top: (group) => `Ranked first${group ? ' in its group' : ''}.`,
  unranked: 'The unit is not ranked.',
  gap: (a) =>
    `The unit ranked just above is ${a.above} (rank ${a.rank}, index ${a.index}): its total is ${a.gap} points above ${a.unit}'s. ` +
    `Units rank on the index, so to reach an index of ${a.index}, ${a.unit} needs ${a.need} more points (on its own maximum of ${a.max}).`,
  tied: (a) =>
    `The unit ranked just above is ${a.above} (rank ${a.rank}), with the same index ${a.index}: ${a.unit} comes after it by the tie-break; more appraisal points (or points on the tie-break criterion) move it up.`,
  band: (a) => ` To reach ${a.band} (index ${a.min} or more) it needs ${a.need} more points (${a.min}% × ${a.max} − ${a.total}).`,
};

export const explainWords = (lang: Lang): typeof VI => (lang === 'en' ? EN : VI);
