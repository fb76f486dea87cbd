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
} satisfies Record<string, UsageText>;

export type UsageProblem = keyof typeof USAGE;

export const usageMessage = (problem: UsageProblem, value: string, lang: Lang): string => USAGE[problem][lang](value);
