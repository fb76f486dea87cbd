// A number cell's stored text (`<v>`) → the text the CSV path reads, never through binary
// floating point. Excel computes and shows 15 significant digits; the shortest text of a double
// can carry 17 (`0.30000000000000004` from =0.1+0.2), which Excel shows, and the CSV export
// writes, as 0.3: the stored text is rounded to 15 significant digits, in decimal, half away
// from zero. A percent format makes 0.965 the 96.5% a clerk typed and sees.

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
const SIGNIFICANT = 15;
const MAX_EXPONENT = 330;

/** Plain decimal text (with `%` for a percent format), or undefined when `v` is no number. */
export function numberText(v: string, percent: boolean): string | undefined {
  const m = NUMBER.exec(v.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const exponent = Number(m[4] ?? 0);
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const int = m[2] ?? '';
  let digits = int + (m[3] ?? '');
  let point = int.length + exponent + (percent ? 2 : 0);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits === '') return percent ? '0%' : '0';
  if (digits.length > SIGNIFICANT) [digits, point] = round(digits, point);
  digits = digits.replace(/0+$/, '');
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${m[1] === '-' ? '-' : ''}${text}${percent ? '%' : ''}`;
}

function round(digits: string, point: number): [string, number] {
  const kept = digits.slice(0, SIGNIFICANT);
  if ((digits.charCodeAt(SIGNIFICANT) - 48) < 5) return [kept, point];
  const up = kept.replace(/9+$/, '');
  if (up === '') return ['1', point + 1]; // 999…9 rounds up to 1000…0
  return [up.slice(0, -1) + String.fromCharCode(up.charCodeAt(up.length - 1) + 1), point];
}

const DAY_MS = 86_400_000;
// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was (day 60), so from
// day 61 on the count runs from 1899-12-30; the 1904 system counts from 1904-01-01 as day 0.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date-formatted number as `YYYY-MM-DD` (and ` HH:MM[:SS]`), in UTC: no time zone shifts it. */
export function dateText(v: string, date1904: boolean): string | undefined {
  const serial = Number(v);
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined; // up to 9999-12-31
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) [days, seconds] = [days + 1, 0];
  let date: string;
  if (date1904) date = ymd(Date.UTC(1904, 0, 1) + days * DAY_MS);
  else if (days === 60) date = '1900-02-29';
  else if (days === 0) date = '1900-01-00';
  else date = ymd((days < 60 ? EPOCH_1900_EARLY : EPOCH_1900) + days * DAY_MS);
  if (seconds === 0) return date;
  const [h, mi, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return `${date} ${pad(h)}:${pad(mi)}${s ? `:${pad(s)}` : ''}`;
}

function ymd(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
