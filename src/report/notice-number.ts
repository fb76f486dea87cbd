// The notice's number (`Số: 12/TB-HĐTĐ`) from the --number pattern: `{n}` is the notice's place in
// the ranking's order (1 for the unit ranked first; unranked units last), `{n+K}` the same plus K
// (to go on from the last number in the office's register), `{year}` the year assessed. The same
// unit gets the same number whatever units are asked for.
import { BLANK } from './report-settings.js';

export type NumberPart = string | { seq: number } | { year: true };
export type NumberPattern = readonly NumberPart[];

/** Without --number: the number left as dots, for the office to fill in from its register. */
export const DEFAULT_NUMBER: NumberPattern = [`${BLANK}/TB-HĐTĐ`];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The pattern, or the placeholder it does not know (`{m}`, `{n+x}`). */
export function parseNumberPattern(text: string): { pattern: NumberPattern } | { unknown: string } {
  const parts: NumberPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const inner = (m[1] ?? '').replace(/\s+/g, '');
    const offset = /^n(?:\+(\d{1,9}))?$/.exec(inner);
    if (!offset && inner !== 'year') return { unknown: m[0] };
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(offset ? { seq: Number(offset[1] ?? 0) } : { year: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return { pattern: parts };
}

/**
 * The pattern --number gives (DEFAULT_NUMBER without one), or what is wrong with it: a placeholder
 * it does not know, or no `{n}` where several notices would then share one number.
 */
export function numberingOf(text: string | undefined, oneUnit: boolean): NumberPattern | 'unknown' | 'same' {
  if (text === undefined) return DEFAULT_NUMBER;
  const parsed = parseNumberPattern(text);
  if ('unknown' in parsed) return 'unknown';
  return oneUnit || parsed.pattern.some((x) => typeof x === 'object' && 'seq' in x) ? parsed.pattern : 'same';
}

export const noticeNumber = (p: NumberPattern, seq: number, year: number): string =>
  p.map((x) => (typeof x === 'string' ? x : 'seq' in x ? String(seq + x.seq) : String(year))).join('');
