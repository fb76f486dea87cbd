import type { UncertaintyArgs, WhatIfArgs } from '../../diagnostics/codes-uncertainty.js';
import type { MessageTable } from './types.js';

const q = (s: string) => `"${s}"`;

export const uncertaintyMessages = {
  SCORE_UNCERTAINTY_METHOD: {
    en: (a) => `intervals: ${a.forms} survey forms of ${a.units} units resampled ${a.replicates} times (seed ${a.seed}), ${a.level} of the replicates inside each interval`,
    vi: (a) => `khoảng tin cậy: lấy mẫu lại ${a.replicates} lần ${a.forms} phiếu khảo sát của ${a.units} đơn vị (hạt giống ${a.seed}), mỗi khoảng chứa ${a.level} số lần lấy mẫu`,
  },
  SCORE_UNCERTAINTY_NOT_DISTINGUISHABLE: {
    en: (a) => `not distinguishable by the survey: ${a.better} (rank ${a.betterRank}, ${a.betterRange}) and ${a.worse} (rank ${a.worseRank}, ${a.worseRange})`,
    vi: (a) => `không phân biệt được qua khảo sát: ${a.better} (hạng ${a.betterRank}, khoảng ${a.betterRange}) và ${a.worse} (hạng ${a.worseRank}, khoảng ${a.worseRange})`,
    hintEn: () => 'their rank intervals overlap: another draw of respondents could put them the other way round',
    hintVi: () => 'khoảng hạng của hai đơn vị chồng lên nhau: chọn người trả lời khác có thể đảo thứ tự của họ',
  },
  SCORE_UNCERTAINTY_SURVEY_POINTS: {
    en: (a) => `the survey of ${a.count === 1 ? 'unit' : `${a.count} units`} ${a.units} is given as points, not forms: no sampling error to estimate, the index interval is the index itself`,
    vi: (a) => `điều tra xã hội học của ${a.count === 1 ? 'đơn vị' : `${a.count} đơn vị`} ${a.units} được nhập dưới dạng điểm, không có phiếu: không ước lượng được sai số chọn mẫu, khoảng chỉ số chính là chỉ số`,
    hintEn: () => 'give the raw answers (one row per form) for intervals; a rank interval still moves with the other units',
    hintVi: () => 'nhập phiếu trả lời (mỗi phiếu một dòng) để có khoảng tin cậy; khoảng hạng vẫn thay đổi theo các đơn vị khác',
  },
  SCORE_UNCERTAINTY_NO_SURVEY: {
    en: () => 'no survey forms: nothing to resample, every interval is the value itself',
    vi: () => 'không có phiếu khảo sát: không có gì để lấy mẫu lại, mỗi khoảng chính là giá trị',
    hintEn: () => 'give the survey with -u (raw answers, one row per form)',
    hintVi: () => 'nhập tệp điều tra với -u (phiếu trả lời, mỗi phiếu một dòng)',
  },
} satisfies MessageTable<keyof UncertaintyArgs>;

export const whatIfMessages = {
  SCORE_SET_UNKNOWN_CODE: {
    en: (a) => `no criterion ${q(a.code)}${a.suggestion ? ` (did you mean ${q(a.suggestion)}?)` : ''}`,
    vi: (a) => `không có tiêu chí ${q(a.code)}${a.suggestion ? ` (có phải ${q(a.suggestion)}?)` : ''}`,
    hintEn: () => 'write --set CODE=VALUE with a leaf code of the criteria set, bonus or penalty',
    hintVi: () => 'ghi --set MÃ=GIÁ_TRỊ với mã tiêu chí lá của bộ tiêu chí, bonus hoặc penalty',
  },
  SCORE_SET_PARENT_CODE: {
    en: (a) => `${q(a.code)} is a subtotal: its points are its sub-criteria's (${a.leaves})`,
    vi: (a) => `${q(a.code)} là điểm tổng: điểm của nó là tổng các tiêu chí thành phần (${a.leaves})`,
    hintEn: () => 'set one of its sub-criteria',
    hintVi: () => 'đặt giá trị cho một tiêu chí thành phần',
  },
  SCORE_SET_TWICE: { en: (a) => `${q(a.code)} is set twice`, vi: (a) => `${q(a.code)} được đặt hai lần` },
  SCORE_SET_SURVEY_NOT_GIVEN: {
    en: (a) => `${q(a.code)} is a survey item, and no survey was given: survey items count for no unit`,
    vi: (a) => `${q(a.code)} là tiêu chí điều tra xã hội học nhưng không có số liệu điều tra: các tiêu chí này không tính cho đơn vị nào`,
    hintEn: () => 'give the survey with -u',
    hintVi: () => 'nhập tệp điều tra với -u',
  },
} satisfies MessageTable<keyof WhatIfArgs>;
