// Messages of a unit's identity across sheets and of rows left out (codes-identity.ts).
import type { IdentityArgs, LeftOut } from '../../diagnostics/codes-identity.js';
import type { Lang, MessageTable } from './types.js';

const q = (s: string) => `"${s}"`;

const REASONS: Record<Lang, Record<keyof LeftOut, string>> = {
  vi: { noUnit: 'không ghi đơn vị', unknownUnit: 'đơn vị không có trong tệp điểm', ambiguousUnit: 'tên trùng với hai đơn vị', unknownGroup: 'nhóm không có trong bộ tiêu chí', copy: 'phiếu bị sao chép hai lần', duplicate: 'đơn vị bị trùng' },
  en: { noUnit: 'no unit', unknownUnit: 'a unit not in the scores', ambiguousUnit: 'a spelling of two units', unknownGroup: 'a group the set does not weight', copy: 'a form copied twice', duplicate: 'a unit given twice' },
};

/** `2 không ghi đơn vị, 1 phiếu bị sao chép hai lần` */
export function leftOutText(leftOut: LeftOut, lang: Lang): string {
  return (Object.entries(leftOut) as [keyof LeftOut, number][]).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${REASONS[lang][why]}`).join(', ');
}

const total = (l: LeftOut): number => Object.values(l).reduce((a: number, n) => a + (n ?? 0), 0);

export const identityMessages = {
  SCORE_UNIT_AMBIGUOUS: {
    en: (a) => `${q(a.unit)} could be ${a.units} in ${a.otherFile}${a.count > 1 ? ` (${a.count} rows: ${a.lines})` : ''}`,
    vi: (a) => `${q(a.unit)} có thể là ${a.units} trong ${a.otherFile}${a.count > 1 ? ` (${a.count} dòng: ${a.lines})` : ''}`,
    hintEn: () => 'write the unit code, which is unique, rather than a name two units share',
    hintVi: () => 'ghi mã đơn vị (không trùng) thay cho tên mà hai đơn vị cùng có',
  },
  SCORE_SURVEY_UNIT_SPELLINGS: {
    en: (a) => `the forms of ${a.unit} are written ${a.spellings}: counted together (${a.forms} forms)`,
    vi: (a) => `phiếu của đơn vị ${a.unit} được ghi là ${a.spellings}: đã gộp lại (${a.forms} phiếu)`,
    hintEn: () => 'write each unit one way (its code) in the survey sheet',
    hintVi: () => 'nên ghi mỗi đơn vị một cách (mã đơn vị) trong tệp khảo sát',
  },
  SCORE_SURVEY_FORM_DUPLICATE: {
    en: (a) =>
      a.kind === 'copy' ? `form ${q(a.respondent ?? '')} of ${q(a.unit)} is a copy of line ${a.firstLine}: counted once`
        : a.kind === 'same-id' ? `form ${q(a.respondent ?? '')} of ${q(a.unit)} is also on line ${a.firstLine}, with other answers: both counted`
          : `this form of ${q(a.unit)} is the same as line ${a.firstLine}, and the sheet has no respondent id to tell them apart: both counted`,
    vi: (a) =>
      a.kind === 'copy' ? `phiếu ${q(a.respondent ?? '')} của ${q(a.unit)} là bản sao của dòng ${a.firstLine}: chỉ tính một lần`
        : a.kind === 'same-id' ? `phiếu ${q(a.respondent ?? '')} của ${q(a.unit)} cũng có ở dòng ${a.firstLine}, với câu trả lời khác: tính cả hai`
          : `phiếu này của ${q(a.unit)} giống hệt dòng ${a.firstLine} và tệp không có cột mã phiếu để phân biệt: tính cả hai`,
    hintEn: (a) => (a.kind === 'copy' ? 'delete the copy' : a.kind === 'same-id' ? 'give each form its own respondent id, or delete the wrong one' : 'add a respondent column (mã phiếu) with each form\'s number'),
    hintVi: (a) => (a.kind === 'copy' ? 'xóa bản sao' : a.kind === 'same-id' ? 'ghi cho mỗi phiếu một mã riêng, hoặc xóa phiếu nhập sai' : 'thêm cột mã phiếu ghi số của từng phiếu'),
  },
  SCORE_ROWS_COUNTED: {
    en: (a) => `${a.read} ${a.what === 'forms' ? 'forms' : 'rows'} read, ${a.used} used${total(a.leftOut) > 0 ? `, ${total(a.leftOut)} left out: ${leftOutText(a.leftOut, 'en')}` : ''}`,
    vi: (a) => `đọc ${a.read} ${a.what === 'forms' ? 'phiếu' : 'dòng'}, dùng ${a.used}${total(a.leftOut) > 0 ? `, bỏ ra ${total(a.leftOut)}: ${leftOutText(a.leftOut, 'vi')}` : ''}`,
  },
  SCORE_GROUP_SPELLINGS: {
    en: (a) => `group ${q(a.spelling)} is group ${q(a.group)} of line ${a.firstLine}`,
    vi: (a) => `nhóm ${q(a.spelling)} là nhóm ${q(a.group)} ở dòng ${a.firstLine}`,
  },
  SCORE_GROUP_NEAR: {
    en: (a) => `groups ${q(a.other)} and ${q(a.group)} (line ${a.firstLine}) differ only in diacritics: ranked as two groups`,
    vi: (a) => `nhóm ${q(a.other)} và nhóm ${q(a.group)} (dòng ${a.firstLine}) chỉ khác nhau ở dấu: đang được tính là hai nhóm`,
    hintEn: () => 'if they are one group, write it the same way on every row',
    hintVi: () => 'nếu là một nhóm, hãy ghi giống nhau ở mọi dòng',
  },
  SCORE_COMPARE_UNMATCHED: {
    en: (a) => `${a.count} unit${a.count === 1 ? '' : 's'} of this file match no unit of ${a.otherFile}: ${a.units}`,
    vi: (a) => `${a.count} đơn vị của tệp này không khớp với đơn vị nào của ${a.otherFile}: ${a.units}`,
    hintEn: () => 'units are matched by code or name; a merged or new commune is expected here, a spelling is not',
    hintVi: () => 'đơn vị được ghép theo mã hoặc tên; xã sáp nhập hay mới thành lập thì đúng là như vậy, còn nếu do cách ghi thì sửa lại cho giống nhau',
  },
  SCORE_COMPARE_NO_MATCH: {
    en: (a) => `no unit of ${a.before} matches a unit of ${a.after}: nothing to compare`,
    vi: (a) => `không đơn vị nào của ${a.before} khớp với đơn vị của ${a.after}: không có gì để so sánh`,
    hintEn: () => 'the two files must name the units the same way, by code or by name (cchc score -f csv writes both)',
    hintVi: () => 'hai tệp phải ghi đơn vị giống nhau, bằng mã hoặc bằng tên (cchc score -f csv ghi cả hai)',
  },
  SCORE_SET_DECIMAL_AMBIGUOUS: {
    en: (a) => `${q(a.text)} reads two ways: ${a.dot} with a decimal point, ${a.comma} with a decimal comma`,
    vi: (a) => `${q(a.text)} đọc được hai cách: ${a.dot} nếu dấu chấm là dấu thập phân, ${a.comma.replace('.', ',')} nếu dấu phẩy là dấu thập phân`,
    hintEn: (a) => `write ${a.dot} or ${a.comma}, whichever is meant`,
    hintVi: (a) => `ghi ${a.dot.replace('.', ',')} hoặc ${a.comma.replace('.', ',')}, tùy số muốn ghi`,
  },
} satisfies MessageTable<keyof IdentityArgs>;
