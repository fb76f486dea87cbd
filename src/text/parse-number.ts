// Reads a number as a spreadsheet exported it, without going through binary floating point:
// the result is a canonical decimal string, so `0.1 + 0.2`-style drift can never decide a rank.
// A number past CELL_LIMITS (src/numbers/decimal-bounds.ts) is refused, in time linear in its text.
import { CELL_LIMITS, decimalBound, limitOf, type LimitBound } from '../numbers/decimal-bounds.js';

export type DecimalMark = 'dot' | 'comma';

export type ParsedNumber =
  | { ok: true; value: string; percent: boolean }
  | { ok: false; kind: 'empty' | 'excel-error' | 'date' | 'formula' | 'not-a-number'; text: string }
  /** More significant digits, or a larger or smaller magnitude, than CELL_LIMITS: refused before any arithmetic. */
  | { ok: false; kind: 'out-of-bounds'; bound: LimitBound; text: string };

const EXCEL_ERRORS = new Set([
  '#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!',
  '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!',
]);

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const TIME = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?';
// Excel turns `1.2` typed in a comma locale into `1-Feb`; a date where a score belongs is a typing accident.
const DATES = [
  new RegExp(`^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}${TIME}$`),
  new RegExp(`^\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}${TIME}$`),
  /^\d{1,2}\/\d{1,2}$/,
  new RegExp(`^\\d{1,2}[- /]?${MONTH}(?:[- /]\\d{2,4})?$`, 'i'),
  new RegExp(`^${MONTH}[- /]\\d{1,4}$`, 'i'),
  /^\d{1,2}[- /]?(?:thg|tháng)\s?\d{1,2}(?:[- /]\d{2,4})?$/i,
];

export function parseNumber(text: string, mark: DecimalMark): ParsedNumber {
  const t = text.trim();
  const fail = (kind: 'empty' | 'excel-error' | 'date' | 'formula' | 'not-a-number'): ParsedNumber =>
    ({ ok: false, kind, text });
  if (t === '') return fail('empty');
  if (t.startsWith('#')) {
    // `####` is what Excel exports when a column is too narrow for its value.
    return EXCEL_ERRORS.has(t.toUpperCase()) || /^#+$/.test(t) ? fail('excel-error') : fail('not-a-number');
  }
  if (t.startsWith('=')) return fail('formula');
  if (DATES.some((re) => re.test(t))) return fail('date');

  let body = t;
  let percent = false;
  if (body.endsWith('%')) [body, percent] = [body.slice(0, -1).trimEnd(), true];
  else if (body.startsWith('%')) [body, percent] = [body.slice(1).trimStart(), true];

  let negative = false;
  const c0 = body.charAt(0);
  if (c0 === '+' || c0 === '-' || c0 === '\u2212') [body, negative] = [body.slice(1).trimStart(), c0 !== '+'];

  let exponent = 0;
  const e = /^(.*\d)[eE]([+-]?\d+)$/.exec(body);
  if (e) {
    exponent = Number(e[2]);
    body = e[1] ?? '';
  }

  const digits = splitDigits(body, mark);
  if (!digits) return fail('not-a-number');
  const bound = decimalBound(digits.int, digits.frac, exponent, CELL_LIMITS);
  if (bound) return { ok: false, kind: 'out-of-bounds', bound, text };
  return { ok: true, value: canonical(negative, digits.int, digits.frac, exponent), percent };
}

/**
 * The value `text` reads as with the other decimal mark than `mark`, when it does not read with
 * `mark` (a number that cannot be read because of its decimal mark, which a message should say).
 */
export function otherMarkReads(text: string, mark: DecimalMark): string | undefined {
  if (parseNumber(text, mark).ok) return undefined;
  const other = parseNumber(text, mark === 'comma' ? 'dot' : 'comma');
  return other.ok ? other.value : undefined;
}

/** Integer and fraction digits of a plain number; thousands separators only in valid groups. */
function splitDigits(body: string, mark: DecimalMark): { int: string; frac: string } | undefined {
  const dec = mark === 'comma' ? ',' : '.';
  const at = body.indexOf(dec);
  const intPart = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(frac)) return undefined;
  if (intPart === '') return at < 0 ? undefined : { int: '', frac };
  if (/^\d+$/.test(intPart)) return { int: intPart, frac };
  const groups = mark === 'comma' ? GROUPED_COMMA_MARK : GROUPED_DOT_MARK;
  return groups.test(intPart) ? { int: intPart.replace(/\D/g, ''), frac } : undefined;
}

// A leading group never starts with 0 (`0,123` is a decimal, not 123); one kind of separator per number.
// Spaces as group separators: plain, no-break, figure, thin and narrow no-break (French/Vietnamese style).
const GROUPED_DOT_MARK = /^[1-9]\d{0,2}(?:(?:,\d{3})+|(?:[ \u00a0\u2007\u2009\u202f]\d{3})+)$/;
const GROUPED_COMMA_MARK = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:[ \u00a0\u2007\u2009\u202f]\d{3})+)$/;

/** The arguments of SCORE_VALUE_OUT_OF_BOUNDS for a bound passed: which, and its limit. */
export const outOfBounds = (bound: LimitBound): { bound: LimitBound; limit: number } => ({ bound, limit: limitOf(bound, CELL_LIMITS) });

function canonical(negative: boolean, int: string, frac: string, exponent: number): string {
  let all = int + frac;
  let point = int.length + exponent;
  if (point < 0) [all, point] = ['0'.repeat(-point) + all, 0];
  if (point > all.length) all += '0'.repeat(point - all.length);
  const i = all.slice(0, point).replace(/^0+/, '') || '0';
  const f = all.slice(point).replace(/0+$/, '');
  const value = f ? `${i}.${f}` : i;
  return negative && value !== '0' ? `-${value}` : value;
}
