// The texts of numbers refused for their length or size (src/numbers/decimal-bounds.ts).
import type { NumberBoundArgs } from '../../diagnostics/codes-number-bounds.js';
import { CELL_LIMITS, CRITERIA_LIMITS, RANK_DIGITS, type NumberBound, type NumberLimits } from '../../numbers/decimal-bounds.js';
import type { MessageTable } from './types.js';

const sup = (n: number): string => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
const where = (a: { code?: string; column?: string }, lang: 'en' | 'vi'): string =>
  a.code !== undefined ? (lang === 'en' ? ` (criterion ${a.code})` : ` (tiêu chí ${a.code})`) : a.column !== undefined ? (lang === 'en' ? ` (column ${a.column})` : ` (cột ${a.column})`) : '';

const EN: Record<NumberBound, (limit: number) => string> = {
  digits: (n) => `has more than ${n} significant digits`,
  large: (n) => `is 10${sup(n + 1)} or larger`,
  small: (n) => `is smaller than 10⁻${sup(n)}`,
  decimals: (n) => `has more than ${n} decimals`,
};
const VI: Record<NumberBound, (limit: number) => string> = {
  digits: (n) => `có hơn ${n} chữ số có nghĩa`,
  large: (n) => `từ 10${sup(n + 1)} trở lên`,
  small: (n) => `nhỏ hơn 10⁻${sup(n)}`,
  decimals: (n) => `có hơn ${n} chữ số thập phân`,
};

/** What a limit allows, in words: `30 significant digits, from 10⁻³⁰ to below 10³¹`. */
const allowedEn = (l: NumberLimits) => `at most ${l.digits} significant digits, from 10⁻${sup(l.exponent)} to below 10${sup(l.exponent + 1)}`;
const allowedVi = (l: NumberLimits) => `tối đa ${l.digits} chữ số có nghĩa, từ 10⁻${sup(l.exponent)} đến dưới 10${sup(l.exponent + 1)}`;

export const numberBoundMessages = {
  SCORE_VALUE_OUT_OF_BOUNDS: {
    en: (a) => `"${a.text}" ${EN[a.bound](a.limit)}${where(a, 'en')}`,
    vi: (a) => `"${a.text}" ${VI[a.bound](a.limit)}${where(a, 'vi')}`,
    hintEn: () => `check the cell: a cell holds numbers of ${allowedEn(CELL_LIMITS)} (a rank at most ${RANK_DIGITS} digits); no score, rate or count comes near`,
    hintVi: () => `kiểm tra lại ô này: một ô chỉ ghi số có ${allowedVi(CELL_LIMITS)} (hạng tối đa ${RANK_DIGITS} chữ số); không điểm, tỷ lệ hay số lần nào dài như vậy`,
  },
  CRITERIA_NUMBER_OUT_OF_BOUNDS: {
    en: (a) => `the number ${a.text} ${EN[a.bound](a.limit)}: a criteria file writes numbers of ${allowedEn(CRITERIA_LIMITS)}`,
    vi: (a) => `số ${a.text} ${VI[a.bound](a.limit)}: tệp bộ tiêu chí chỉ ghi số có ${allowedVi(CRITERIA_LIMITS)}`,
    hintEn: () => 'write the number as the decision writes it (40, 0.25, 1.5)',
    hintVi: () => 'ghi số như trong quyết định (40, 0,25 viết là 0.25, 1,5 viết là 1.5)',
  },
} satisfies MessageTable<keyof NumberBoundArgs>;
