// The words around the intervals of `--uncertainty` in the reports for people (table, Markdown,
// HTML), in Vietnamese and English: the column heading, how to read an interval, the neighbours
// the survey cannot tell apart, and the units whose survey has no forms.
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import { levelText } from '../scoring/uncertainty-diagnostics.js';
import type { Lang } from './messages/index.js';

interface Texts {
  /** Heading of the index-interval column. */
  rangeHeader: (pct: string) => string;
  /** `chart`: the report has a chart with the intervals drawn on it (HTML). */
  howToRead: (pct: string, replicates: number, seed: number, chart: boolean) => string;
  pairsHeading: string;
  pairsNone: string;
  pair: (better: string, worse: string) => string;
  pointsNote: (count: number) => string;
}

const TEXTS: Record<Lang, Texts> = {
  vi: {
    rangeHeader: (pct) => `Khoảng ${pct}`,
    howToRead: (pct, replicates, seed, chart) =>
      `Cách đọc khoảng tin cậy: số trong ngoặc sau hạng (ví dụ 4 (3–6)), cột “Khoảng ${pct}”${chart ? ' và vạch ngang trên biểu đồ' : ''} cho biết hạng và chỉ số có thể thay đổi đến đâu chỉ vì những người được chọn trả lời phiếu khảo sát. ` +
      `Phiếu của mỗi đơn vị được lấy mẫu lại ngẫu nhiên ${replicates} lần (trong từng nhóm người trả lời, hạt giống ${seed}), điểm thẩm định giữ nguyên; ${pct} số lần cho hạng và chỉ số nằm trong khoảng. ` +
      'Khoảng hẹp là kết quả chắc chắn; hai đơn vị có khoảng hạng chồng lên nhau thì khảo sát không đủ để khẳng định đơn vị nào hơn.',
    pairsHeading: 'Các cặp đơn vị liền kề không phân biệt được qua khảo sát',
    pairsNone: 'Không có: mọi cặp đơn vị liền kề đều có khoảng hạng tách biệt.',
    pair: (better, worse) => `${better} và ${worse}`,
    pointsNote: (count) => `${count} đơn vị có điểm điều tra xã hội học nhập sẵn, không có phiếu: chỉ số của các đơn vị này không có sai số chọn mẫu (khoảng chỉ số chính là chỉ số); hạng vẫn có thể thay đổi theo các đơn vị khác.`,
  },
  en: {
    rangeHeader: (pct) => `${pct} range`,
    howToRead: (pct, replicates, seed, chart) =>
      `How to read the intervals: the numbers in brackets after a rank (e.g. 4 (3–6)), the “${pct} range” column${chart ? ' and the whiskers on the chart' : ''} show how far the rank and the index could move only because of who happened to answer the survey. ` +
      `Each unit's forms were resampled at random ${replicates} times (within each respondent group, seed ${seed}), the appraisal kept as it is; ${pct} of the resamples put the rank and the index inside the interval. ` +
      'A narrow interval is a sure result; two units whose rank intervals overlap cannot be told apart by the survey.',
    pairsHeading: 'Neighbours not distinguishable by the survey',
    pairsNone: 'None: every two neighbours have separate rank intervals.',
    pair: (better, worse) => `${better} and ${worse}`,
    pointsNote: (count) => `${count === 1 ? '1 unit has' : `${count} units have`} survey points given as such, without forms: their index has no sampling error (its interval is the index itself); their rank can still move with the other units.`,
  },
};

export const uncertaintyTexts = (lang: Lang): Texts => TEXTS[lang];

/** The sentence on how to read the intervals of this run. */
export const howToRead = (u: Uncertainty, lang: Lang, chart = false): string => TEXTS[lang].howToRead(levelText(u.level), u.replicates, u.seed, chart);

/** How many units have survey points and no forms (their index interval is the index). */
export const pointsCount = (u: Uncertainty): number => [...u.intervals.values()].filter((i) => i.basis === 'points').length;
