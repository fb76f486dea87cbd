// The words of the appraisal's findings in the reports, in Vietnamese and English (English typed
// from the Vietnamese keys, so a label missing in one does not compile).
import type { FindingKind } from '../sheets/finding.js';
import type { Lang } from './messages/index.js';

const VI = {
  kind: 'Loại',
  note: 'Nhận xét',
  evidence: 'Tài liệu kiểm chứng',
  lost: 'Bị trừ',
  byCriterion: 'Nhận xét và tài liệu kiểm chứng theo tiêu chí',
  general: 'Nhận xét chung về đơn vị',
  noneForUnit: 'Hội đồng thẩm định không có nhận xét về đơn vị này.',
  noneGeneral: 'Không có nhận xét chung.',
  appendix: 'Phụ lục: Nhận xét của Hội đồng thẩm định',
  appendixIntro: 'Tồn tại, hạn chế và kiến nghị của Hội đồng thẩm định đối với từng đơn vị, theo lĩnh vực; các đơn vị theo thứ tự xếp hạng. Điểm của lĩnh vực là điểm đạt / điểm tối đa áp dụng cho đơn vị.',
  unitsWithout: 'Các đơn vị không có nhận xét',
  rankOf: 'hạng',
  indexOf: 'chỉ số',
  pointsOf: 'điểm',
};

type FindingText = keyof typeof VI;

const EN: Record<FindingText, string> = {
  kind: 'Kind',
  note: 'Remark',
  evidence: 'Evidence',
  lost: 'Lost',
  byCriterion: 'Remarks and evidence by criterion',
  general: 'Remarks on the unit as a whole',
  noneForUnit: 'The appraisal council made no remark on this unit.',
  noneGeneral: 'No remark on the unit as a whole.',
  appendix: "Appendix: the appraisal council's findings",
  appendixIntro: "The appraisal council's shortcomings and recommendations for each unit, by field; units in ranking order. A field's points are the points earned / the maximum that applies to the unit.",
  unitsWithout: 'Units without remarks',
  rankOf: 'rank',
  indexOf: 'index',
  pointsOf: 'points',
};

/** One remark's kind, in a table cell. */
const KIND: Record<Lang, Record<FindingKind, string>> = {
  vi: { acknowledgement: 'Ghi nhận', shortcoming: 'Tồn tại', recommendation: 'Kiến nghị', remark: 'Nhận xét' },
  en: { acknowledgement: 'Acknowledged', shortcoming: 'Shortcoming', recommendation: 'Recommendation', remark: 'Remark' },
};

/** The heading over the remarks of a kind. */
const KIND_HEADING: Record<Lang, Record<FindingKind, string>> = {
  vi: { acknowledgement: 'Kết quả đạt được', shortcoming: 'Tồn tại, hạn chế', recommendation: 'Kiến nghị', remark: 'Nhận xét khác' },
  en: { acknowledgement: 'Achievements', shortcoming: 'Shortcomings', recommendation: 'Recommendations', remark: 'Other remarks' },
};

export const findingTexts = (lang: Lang) => {
  const table = lang === 'en' ? EN : VI;
  return { t: (k: FindingText): string => table[k], kind: (k: FindingKind) => KIND[lang][k], heading: (k: FindingKind) => KIND_HEADING[lang][k] };
};
