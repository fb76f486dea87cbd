// The report settings every rendering command takes (--date, --title, --issuer, --signer…), and
// the one place that reads the clock: today's date, or SOURCE_DATE_EPOCH's (reproducible builds),
// unless --date fixes it. Renderers get the date as a value.
import type { Command } from 'commander';
import { calendarDate, FIRST_DAY, inRange, LAST_DAY, LAST_EPOCH, settingsOf, type ReportDate, type ReportFields, type ReportSettings } from '../report/report-settings.js';
import { UsageError } from './usage-error.js';
import { optionHelp } from './help/option-help.js';
import type { Lang } from '../report/messages/index.js';

declare const CCHC_VERSION: string;

export interface ReportOptions extends ReportFields {
  date?: string;
}

type WithLang = ReportOptions & { lang?: Lang };

const texts = {
  vi: {
    date: (v: string) => `--date ${v}: không phải một ngày hợp lệ; viết theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ --date 2021-11-26`,
    range: (v: string) => `--date ${v}: ngày phải trong khoảng ${FIRST_DAY} … ${LAST_DAY}`,
    epoch: (v: string) => `SOURCE_DATE_EPOCH=${v}: không phải số giây từ 1970-01-01 (một số nguyên không âm, đến ${LAST_DAY}); bỏ biến này, hoặc dùng --date YYYY-MM-DD`,
    year: (v: string) => `--year ${v}: năm đánh giá phải là 4 chữ số, ví dụ --year 2021`,
  },
  en: {
    date: (v: string) => `--date ${v}: not a valid date; write it as YYYY-MM-DD (year-month-day), e.g. --date 2021-11-26`,
    range: (v: string) => `--date ${v}: the date must lie between ${FIRST_DAY} and ${LAST_DAY}`,
    epoch: (v: string) => `SOURCE_DATE_EPOCH=${v}: not a count of seconds since 1970-01-01 (a non-negative integer, up to ${LAST_DAY}); unset it, or use --date YYYY-MM-DD`,
    year: (v: string) => `--year ${v}: the year assessed is 4 digits, e.g. --year 2021`,
  },
};

/** The report's date: --date, else SOURCE_DATE_EPOCH (UTC, as reproducible builds define it), else today on this machine's clock. */
export function decideReportDate(o: WithLang, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): ReportDate {
  const t = texts[o.lang ?? 'vi'];
  if (o.date !== undefined) {
    const d = calendarDate(o.date);
    if (!d) throw new UsageError(t.date(o.date));
    if (!inRange(d)) throw new UsageError(t.range(o.date));
    return d;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    // Any non-negative whole number of seconds, 0 (1970-01-01) included, up to the last day of the range.
    const seconds = /^\d+$/.test(epoch.trim()) ? Number(epoch.trim()) : NaN;
    if (!(seconds <= LAST_EPOCH)) throw new UsageError(t.epoch(epoch));
    const at = new Date(seconds * 1000);
    return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  }
  const today = now();
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

export function reportSettings(o: WithLang, env: NodeJS.ProcessEnv = process.env, now?: () => Date): ReportSettings {
  // A --date or SOURCE_DATE_EPOCH is checked now (a usage error before any file is read); today is
  // asked of the clock only when a report shows it: the local date loads the time-zone data, ~10 ms
  // that a CSV ranking, which shows no date, need not pay.
  const explicit = o.date !== undefined || (env['SOURCE_DATE_EPOCH'] ?? '') !== '';
  let date = explicit ? decideReportDate(o, env, now) : undefined;
  if (o.year !== undefined && !/^\d{4}$/.test(o.year.trim())) throw new UsageError(texts[o.lang ?? 'vi'].year(o.year));
  return settingsOf(o, () => (date ??= decideReportDate(o, env, now)), typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev');
}

/** --date and --title on every command that renders a report; the document options (issuer, signer…) where asked. */
export function addReportOptions(cmd: Command, lang: Lang, document = false): Command {
  const h = optionHelp(lang);
  cmd.option(h.date.flags, h.date.text).option(h.title.flags, h.title.text);
  if (!document) return cmd;
  for (const o of [h.year, h.issuer, h.signer, h.signerName, h.decision, h.place]) cmd.option(o.flags, o.text);
  return cmd;
}
