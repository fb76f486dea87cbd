// The report settings every rendering command takes (--date, --title, --issuer, --signer…), and
// the one place that reads the clock: today's date, or SOURCE_DATE_EPOCH's (reproducible builds),
// unless --date fixes it. Renderers get the date as a value.
import type { Command } from 'commander';
import { DEFAULT_ISSUER, type ReportDate, type ReportSettings } from '../report/report-settings.js';
import { UsageError } from './usage-error.js';

declare const CCHC_VERSION: string;

export interface ReportOptions {
  date?: string;
  year?: string;
  title?: string;
  issuer?: string;
  signer?: string;
  signerName?: string;
  decision?: string;
  place?: string;
}

type WithLang = ReportOptions & { lang?: 'vi' | 'en' };

const texts = {
  vi: {
    date: (v: string) => `--date ${v}: không phải một ngày hợp lệ; viết theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ --date 2021-11-26`,
    epoch: (v: string) => `SOURCE_DATE_EPOCH=${v}: không phải số giây từ 1970-01-01 (một số nguyên không âm); bỏ biến này, hoặc dùng --date YYYY-MM-DD`,
    year: (v: string) => `--year ${v}: năm đánh giá phải là 4 chữ số, ví dụ --year 2021`,
  },
  en: {
    date: (v: string) => `--date ${v}: not a valid date; write it as YYYY-MM-DD (year-month-day), e.g. --date 2021-11-26`,
    epoch: (v: string) => `SOURCE_DATE_EPOCH=${v}: not a count of seconds since 1970-01-01 (a non-negative integer); unset it, or use --date YYYY-MM-DD`,
    year: (v: string) => `--year ${v}: the year assessed is 4 digits, e.g. --year 2021`,
  },
};

// Zip files (a .docx) date their parts from 1980 to 2107; a report dated outside 1980–2099 is a typo.
const inRange = (d: ReportDate) => d.year >= 1980 && d.year <= 2099;

/** `2021-11-26` as a calendar date; undefined for anything else (2021-02-30, 26/11/2021, 2021-1-5). */
export function parseReportDate(text: string): ReportDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const date = { year, month, day };
  return inRange(date) ? date : undefined;
}

/** The report's date: --date, else SOURCE_DATE_EPOCH (UTC, as reproducible builds define it), else today on this machine's clock. */
export function decideReportDate(o: WithLang, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): ReportDate {
  const t = texts[o.lang ?? 'vi'];
  if (o.date !== undefined) {
    const d = parseReportDate(o.date);
    if (!d) throw new UsageError(t.date(o.date));
    return d;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    const at = /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
    const d = at && { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
    if (!d || !inRange(d)) throw new UsageError(t.epoch(epoch));
    return d;
  }
  const today = now();
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

/** `A|B` → ['A', 'B']: lines of a heading block, blanks dropped. */
const lines = (s: string): string[] => s.split('|').map((l) => l.trim()).filter((l) => l !== '');

export function reportSettings(o: WithLang, env: NodeJS.ProcessEnv = process.env, now?: () => Date): ReportSettings {
  // A --date or SOURCE_DATE_EPOCH is checked now (a usage error before any file is read); today is
  // asked of the clock only when a report shows it: the local date loads the time-zone data, ~10 ms
  // that a CSV ranking, which shows no date, need not pay.
  const explicit = o.date !== undefined || (env['SOURCE_DATE_EPOCH'] ?? '') !== '';
  let date = explicit ? decideReportDate(o, env, now) : undefined;
  const dateOf = (): ReportDate => (date ??= decideReportDate(o, env, now));
  if (o.year !== undefined && !/^\d{4}$/.test(o.year.trim())) throw new UsageError(texts[o.lang ?? 'vi'].year(o.year));
  const given = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s.trim() : undefined);
  const title = given(o.title);
  const decision = given(o.decision);
  const place = given(o.place);
  const signerLines = o.signer !== undefined && lines(o.signer).length > 0 ? lines(o.signer) : undefined;
  const signerName = given(o.signerName);
  return {
    get date() {
      return dateOf();
    },
    get year() {
      return o.year !== undefined ? Number(o.year) : dateOf().year;
    },
    issuer: o.issuer !== undefined && lines(o.issuer).length > 0 ? lines(o.issuer) : DEFAULT_ISSUER,
    version: typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev',
    ...(title ? { title } : {}),
    ...(signerLines ? { signerLines } : {}),
    ...(signerName ? { signerName } : {}),
    ...(decision ? { decision } : {}),
    ...(place ? { place } : {}),
  };
}

/** --date and --title on every command that renders a report; the document options (issuer, signer…) where asked. */
export function addReportOptions(cmd: Command, document = false): Command {
  cmd
    .option('--date <YYYY-MM-DD>', 'the date the report shows (default: today; SOURCE_DATE_EPOCH is honoured)')
    .option('--title <text>', 'the report\'s title (default: "Kết quả xác định Chỉ số cải cách hành chính năm <year>")');
  if (!document) return cmd;
  return cmd
    .option('--year <YYYY>', 'the year assessed, in the default titles (default: the year of --date)')
    .option('--issuer <lines>', 'issuing body, lines separated by | (default: "ỦY BAN NHÂN DÂN|HUYỆN …………")')
    .option('--signer <lines>', 'lines above the signature, separated by | (default: "TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH" in the report, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH" in the annex)')
    .option('--signer-name <name>', "the signer's name under the signature (default: a dotted blank)")
    .option('--decision <number>', 'the decision the Word annex goes with, e.g. "123/QĐ-UBND" (its date is --date unless the text says "ngày …")')
    .option('--place <name>', 'where it is signed, before the date: "Hương Sơn, ngày 26 tháng 11 năm 2021" (default: a dotted blank)');
}
