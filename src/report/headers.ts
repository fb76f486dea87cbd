// Column headings for people (table, Markdown, HTML), in Vietnamese or English.
import type { Lang } from './messages/index.js';
import type { RankingColumn } from './ranking-rows.js';

export type Headers = Lang;

const TEXT: Record<Lang, Record<RankingColumn, string>> = {
  vi: { rank: 'Hạng', unit: 'Đơn vị', name: 'Tên', group: 'Nhóm', appraisal: 'Thẩm định', survey: 'Điều tra XHH', bonus: 'Thưởng', penalty: 'Trừ', total: 'Tổng điểm', max: 'Tối đa', index: 'Chỉ số (%)', band: 'Xếp loại' },
  en: { rank: 'Rank', unit: 'Unit', name: 'Name', group: 'Group', appraisal: 'Appraisal', survey: 'Survey', bonus: 'Bonus', penalty: 'Penalty', total: 'Total', max: 'Max', index: 'Index (%)', band: 'Band' },
};

export const headerText = (lang: Headers, col: RankingColumn): string => TEXT[lang][col];
