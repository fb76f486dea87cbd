// What a published report says about itself: its date, title, issuer, signer, the decision it is
// annexed to and the place it is signed. The CLI reads the clock and the options; renderers get
// these as plain values, so the same settings give the same bytes.

/** A calendar date, no time and no zone: the date the report shows. */
export interface ReportDate {
  year: number;
  month: number;
  day: number;
}

export interface Signer {
  /** The lines above the signature, e.g. `TM. HỘI ĐỒNG THẨM ĐỊNH`, `CHỦ TỊCH`. */
  lines: string[];
  /** The signer's name below the signature; empty: a dotted blank filled in by hand. */
  name: string;
}

export interface ReportSettings {
  date: ReportDate;
  /** The year assessed, for the default titles: --year, else the date's year. */
  year: number;
  /** --title; undefined: each document's default (the report's, the annex's). */
  title?: string;
  /** Issuing body, one line each: `ỦY BAN NHÂN DÂN`, `HUYỆN HƯƠNG SƠN`. */
  issuer: string[];
  /** --signer's lines; undefined: each document's own (the council's for the report, the committee's for the annex). */
  signerLines?: string[];
  /** --signer-name; undefined: a dotted blank. */
  signerName?: string;
  /** The decision the annex goes with, after `Kèm theo Quyết định số `; undefined: a dotted blank. */
  decision?: string;
  /** Where the report is signed; undefined: a dotted blank. */
  place?: string;
  /** cchc's version, for the report's imprint. */
  version: string;
}

/** Decree 30/2020 leaves what is filled in by hand as dots. */
export const BLANK = '…………';

export const DEFAULT_ISSUER = ['ỦY BAN NHÂN DÂN', `HUYỆN ${BLANK}`];

/** The signature block of the council's report and of the committee's annex, unless --signer says otherwise. */
export const REPORT_SIGNER = ['TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH'];
export const ANNEX_SIGNER = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];

/** Who signs a document: --signer's lines or the document's own, and --signer-name (or a blank). */
export const signerOf = (s: ReportSettings, lines: readonly string[]): Signer => ({ lines: s.signerLines ?? [...lines], name: s.signerName ?? '' });

const two = (n: number): string => String(n).padStart(2, '0');

/** `2021-11-26`, as JSON and file names carry it. */
export const isoDate = (d: ReportDate): string => `${d.year}-${two(d.month)}-${two(d.day)}`;

/** `26/11/2021`, as tables show it. */
export const numericDate = (d: ReportDate): string => `${two(d.day)}/${two(d.month)}/${d.year}`;

/**
 * `ngày 26 tháng 11 năm 2021`, as running text and the place-and-date line show it. Decree
 * 30/2020 writes days below 10 and the months 1 and 2 with a leading 0 (`ngày 05 tháng 02`).
 */
export function dateInWords(d: ReportDate, lang: 'vi' | 'en'): string {
  if (lang === 'en') return `${d.day} ${MONTHS_EN[d.month - 1] ?? ''} ${d.year}`;
  return `ngày ${two(d.day)} tháng ${d.month <= 2 ? two(d.month) : d.month} năm ${d.year}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Hương Sơn, ngày 26 tháng 11 năm 2021` (a blank for the place when none is given). */
export const placeAndDate = (s: ReportSettings, lang: 'vi' | 'en'): string => `${s.place ?? BLANK}, ${dateInWords(s.date, lang)}`;

/** The default title of the results: `Kết quả xác định Chỉ số cải cách hành chính năm 2021`. */
export const resultsTitle = (s: ReportSettings, lang: 'vi' | 'en'): string =>
  s.title ?? (lang === 'en' ? `Administrative reform index results, ${s.year}` : `Kết quả xác định Chỉ số cải cách hành chính năm ${s.year}`);

/**
 * The decision's reference after `Kèm theo Quyết định số `: as given (a leading `số` dropped), with
 * the report's date appended when it names none (`123/QĐ-UBND` → `123/QĐ-UBND ngày 26 tháng 11 năm 2021`).
 */
export function decisionReference(s: ReportSettings): string {
  const given = s.decision?.trim().replace(/^số\s+/i, '');
  if (!given) return `${BLANK}/QĐ-UBND ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  return /\bngày\b/i.test(given) ? given : `${given} ${dateInWords(s.date, 'vi')}`;
}

// Any real calendar day from 1900 (older than any report) to 9999 (the last a 4-digit year and
// every format write). A Word file's or workbook's zip stamps its parts only from 1980 to 2099:
// there the stamp is clamped (src/report/zip-date.ts), never the date the report shows.
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '9999-12-31';
export const inRange = (d: ReportDate) => d.year >= 1900 && d.year <= 9999;
/** 9999-12-31T23:59:59Z, in seconds since 1970: the last SOURCE_DATE_EPOCH that is a day of the range. */
export const LAST_EPOCH = 253_402_300_799;

/** `2021-11-26` as a calendar date; undefined for anything else (2021-02-30, 26/11/2021, 2021-1-5) and days outside 1900–9999. */
export function parseReportDate(text: string): ReportDate | undefined {
  const date = calendarDate(text);
  return date && inRange(date) ? date : undefined;
}

/** `YYYY-MM-DD` as a real calendar day, whatever its year; undefined for anything else. */
export function calendarDate(text: string): ReportDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** The report's fields as typed (--year, --title, --issuer, --signer "A|B", …), before they are settled. */
export interface ReportFields {
  year?: string;
  title?: string;
  issuer?: string;
  signer?: string;
  signerName?: string;
  decision?: string;
  place?: string;
}

/** `A|B` → ['A', 'B']: lines of a heading block, blanks dropped. */
const lines = (s: string): string[] => s.split('|').map((l) => l.trim()).filter((l) => l !== '');

/** The settings of a report from its fields as typed; `date` is asked for only when a report shows it. */
export function settingsOf(o: ReportFields, date: () => ReportDate, version: string): ReportSettings {
  const given = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s.trim() : undefined);
  const title = given(o.title);
  const decision = given(o.decision);
  const place = given(o.place);
  const signerLines = o.signer !== undefined && lines(o.signer).length > 0 ? lines(o.signer) : undefined;
  const signerName = given(o.signerName);
  return {
    get date() {
      return date();
    },
    get year() {
      return o.year !== undefined ? Number(o.year) : date().year;
    },
    issuer: o.issuer !== undefined && lines(o.issuer).length > 0 ? lines(o.issuer) : DEFAULT_ISSUER,
    version,
    ...(title ? { title } : {}),
    ...(signerLines ? { signerLines } : {}),
    ...(signerName ? { signerName } : {}),
    ...(decision ? { decision } : {}),
    ...(place ? { place } : {}),
  };
}
