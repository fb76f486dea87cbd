// `cchc criteria`, `criteria list` and `criteria show` --help in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'các bộ tiêu chí: list liệt kê các bộ có sẵn, show trình bày một bộ (có sẵn hoặc tệp JSON)',
  after: `
Ví dụ:
  cchc criteria list
  cchc criteria show ha-tinh-xa@2021
  cchc criteria show bo-tieu-chi.json -f md -o bo-tieu-chi.md`,
  list: 'liệt kê các bộ tiêu chí có sẵn: mã, phiên bản, tên',
  listFormat: { flags: '--format <định-dạng>', text: 'định dạng kết quả: text hoặc json' },
  listAfter: `
Ví dụ:
  cchc criteria list
  cchc criteria list --format json`,
  set: { name: '[bộ-tiêu-chí]', text: 'mã bộ tiêu chí có sẵn (ha-tinh-xa, ha-tinh-xa@2021) hoặc tệp JSON; mặc định: ha-tinh-xa mới nhất' },
  show: 'trình bày một bộ tiêu chí: cây tiêu chí với mã, tên, điểm tối đa, cách chấm từng tiêu chí bằng lời, không áp dụng; điều tra xã hội học; xếp loại và xếp hạng',
  showFormat: 'định dạng: table (màn hình), md (Markdown), json',
  showAfter: `
Cho biết: căn cứ, tổng điểm (thẩm định + điều tra), cách tính chỉ số, làm tròn, xếp hạng (theo chỉ số
công bố hay chính xác, so tiếp khi bằng nhau, theo nhóm), điểm thưởng và điểm trừ tối đa; từng tiêu chí
với điểm tối đa và cách chấm ("≥ 100% → 3,5 điểm; ≥ 95% → 2,5 điểm; …"), khi ghi "không áp dụng";
trọng số câu trả lời, câu trả lời không tính, nhóm người trả lời và tỷ trọng, công thức; câu hỏi → tiêu chí;
xếp loại. --format json cho cùng nội dung dạng dữ liệu.

Ví dụ:
  cchc criteria show
  cchc criteria show ha-tinh-xa@2021 -f md -o bo-tieu-chi.md
  cchc criteria show my-set.json --lang en
  cchc criteria show example -f json`,
};

const en: typeof vi = {
  description: 'the criteria sets: list the bundled ones, show one (bundled or a JSON file)',
  after: `
Examples:
  cchc criteria list
  cchc criteria show ha-tinh-xa@2021
  cchc criteria show my-set.json -f md -o criteria.md`,
  list: 'list the bundled sets: id, version, title',
  listFormat: { flags: '--format <format>', text: 'output format: text or json' },
  listAfter: `
Examples:
  cchc criteria list
  cchc criteria list --format json`,
  set: { name: '[set]', text: 'a bundled set (ha-tinh-xa, ha-tinh-xa@2021) or a JSON file; default: the newest ha-tinh-xa' },
  show: 'a criteria set explained: the tree with codes, titles, maxima, each rule in words, not applicable; the survey; bands and ranking rules',
  showFormat: 'format: table (the terminal), md (Markdown), json',
  showAfter: `
Says: the source, the total (appraisal + survey), how the index is computed, rounding, ranking (on
the published or the exact index, tie-breaks, by group), the bonus and penalty caps; every criterion
with its maximum and its rule in words ("≥ 100% → 3.5 points; ≥ 95% → 2.5 points; …"), what "not
applicable" does; the answer weights, ignored answers, respondent groups and shares, the formula;
questions → criteria; the bands. --format json gives the same as data.

Examples:
  cchc criteria show
  cchc criteria show ha-tinh-xa@2021 -f md -o criteria.md
  cchc criteria show my-set.json --lang en
  cchc criteria show example -f json`,
};

export const criteriaHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
