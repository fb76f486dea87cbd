// Usage errors (exit 2) of the options that take a value cchc checks itself: worded here, in
// Vietnamese and English, like every message of the tool.
import type { Lang } from './types.js';

type UsageText = Record<Lang, (value: string) => string>;

const USAGE = {
  replicates: {
    vi: (v) => `--replicates ${v}: cần một số nguyên từ 100 đến 100000 (số lần lấy mẫu lại phiếu khảo sát), ví dụ --replicates 2000`,
    en: (v) => `--replicates ${v}: needs a whole number from 100 to 100000 (how many times the survey forms are resampled), e.g. --replicates 2000`,
  },
  seed: {
    vi: (v) => `--seed ${v}: cần một số nguyên từ 0 đến 4294967295 (hạt giống của phép lấy mẫu ngẫu nhiên), ví dụ --seed 2021`,
    en: (v) => `--seed ${v}: needs a whole number from 0 to 4294967295 (the seed of the random draws), e.g. --seed 2021`,
  },
  level: {
    vi: (v) => `--level ${v}: cần một mức từ 0,5 đến 0,99 (hoặc 50% đến 99%), ví dụ --level 0.9 hoặc --level 95%`,
    en: (v) => `--level ${v}: needs a level from 0.5 to 0.99 (or 50% to 99%), e.g. --level 0.9 or --level 95%`,
  },
  set: {
    vi: (v) => `--set ${v}: cần dạng MÃ=GIÁ_TRỊ, ví dụ --set 3.2.1=96,5% hoặc --set "1.1.1=có"`,
    en: (v) => `--set ${v}: needs the form CODE=VALUE, e.g. --set 3.2.1=96.5% or --set "1.1.1=có"`,
  },
  number: {
    vi: (v) => `--number ${v}: mẫu số chỉ nhận {n} (số thứ tự theo xếp hạng), {n+K} (cộng thêm K, ví dụ {n+120}) và {year} (năm đánh giá), ví dụ --number "{n}/TB-HĐTĐ"`,
    en: (v) => `--number ${v}: a number pattern takes only {n} (the place in the ranking), {n+K} (plus K, e.g. {n+120}) and {year} (the year assessed), e.g. --number "{n}/TB-HĐTĐ"`,
  },
  numberSame: {
    vi: (v) => `--number ${v}: mọi thông báo sẽ cùng một số; thêm {n} để đánh số theo thứ tự xếp hạng, ví dụ --number "{n}/TB-HĐTĐ" (mẫu không có {n} chỉ dùng khi --unit chọn một đơn vị)`,
    en: (v) => `--number ${v}: every notice would have the same number; add {n} to number them in ranking order, e.g. --number "{n}/TB-HĐTĐ" (a pattern without {n} is for one --unit only)`,
  },
  noticesFolder: {
    vi: () => 'cchc notices ghi mỗi đơn vị một tệp vào một thư mục: thêm -o <thư-mục>, ví dụ -o thong-bao (hoặc --combined -o thong-bao.docx để có một tệp Word gồm mọi thông báo)',
    en: () => 'cchc notices writes one file per unit into a folder: add -o <folder>, e.g. -o notices (or --combined -o notices.docx for one Word file with every notice)',
  },
  noticesFileName: {
    vi: (v) => `-o ${v}: các thông báo được ghi vào một thư mục, mỗi đơn vị một tệp; thêm --combined để ghi một tệp gồm mọi thông báo, hoặc đặt tên thư mục không có đuôi tệp (.docx, .md…)`,
    en: (v) => `-o ${v}: the notices are written into a folder, one file per unit; add --combined for one file with every notice, or name the folder without a file's extension (.docx, .md…)`,
  },
  docxToTerminal: {
    vi: () => 'tệp Word không in ra màn hình được: thêm -o thong-bao.docx (hoặc chuyển hướng ra tệp: > thong-bao.docx)',
    en: () => 'a Word file cannot be shown on a terminal: add -o notices.docx (or redirect to a file: > notices.docx)',
  },
} satisfies Record<string, UsageText>;

export type UsageProblem = keyof typeof USAGE;

export const usageMessage = (problem: UsageProblem, value: string, lang: Lang): string => USAGE[problem][lang](value);
