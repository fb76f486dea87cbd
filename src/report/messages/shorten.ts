// A cell quoted in a message can be as long as the file (a CSV with one unclosed quote, a
// pasted paragraph, an explain query of 100,000 characters): shown whole, one message could
// fill the screen and the log. Past a limit the text keeps its start and end and says how long
// it was, so stderr stays small whatever the input.
import type { Lang } from './types.js';

/** Longest text (in UTF-16 units) shown whole in a message. */
export const SHOWN_LENGTH = 160;
const HEAD = 100;
const TAIL = 30;

/** Characters (code points) in s, counted without copying it. */
function codePoints(s: string): number {
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return s.length - pairs;
}

/** A cut that does not split a surrogate pair. */
const isLow = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

export function shortenText(s: string, lang: Lang): string {
  if (s.length <= SHOWN_LENGTH) return s;
  let head = HEAD;
  if (isLow(s, head)) head--;
  let tail = s.length - TAIL;
  if (isLow(s, tail)) tail++;
  const n = codePoints(s).toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN');
  return `${s.slice(0, head)}…${s.slice(tail)} ${lang === 'en' ? `[${n} characters]` : `[${n} ký tự]`}`;
}

/** The arguments of a diagnostic with each long text shortened; numbers and short texts as they are. */
export function shortenArgs<A extends object>(args: A, lang: Lang): A {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string' && v.length > SHOWN_LENGTH) {
      out ??= { ...(args as Record<string, unknown>) };
      out[k] = shortenText(v, lang);
    }
  }
  return (out as A | undefined) ?? args;
}
