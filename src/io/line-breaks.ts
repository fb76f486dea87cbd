// Where a text may be cut into pieces without splitting a line break (CRLF), a character or a
// UTF-8 sequence: after a line feed, or after a lone carriage return (classic Mac files).
const LF = 10;
const CR = 13;

/** A piece without a line break is cut anyway past this many units: a line that long is no sheet's. */
const GIANT_LINE = 1 << 22;

type Units = Uint8Array | string;
const at = (s: Units, i: number): number => (typeof s === 'string' ? s.charCodeAt(i) : (s[i] as number));

/**
 * The index just after the first line break at or after `from` in [start, end), or -1 when there
 * is none yet. `last`: nothing follows `end`, so the rest [start, end) is the last piece.
 */
export function cutAfterBreak(s: Units, from: number, start: number, end: number, last: boolean): number {
  if (start >= end) return -1;
  if (from < end) {
    const lf = typeof s === 'string' ? s.indexOf('\n', from) : s.indexOf(LF, from);
    const stop = lf >= 0 && lf < end ? lf : end;
    for (let i = from; i < stop; i++) {
      // A CR ends a line when what follows it is known and is not a LF.
      if (at(s, i) === CR && (i + 1 < end ? at(s, i + 1) !== LF : last)) return i + 1;
    }
    if (stop < end) return stop + 1;
  }
  if (last) return end;
  if (end - start > GIANT_LINE) return safeCut(s, end);
  return -1;
}

/** `end`, moved back off a UTF-8 continuation byte or the low half of a surrogate pair. */
function safeCut(s: Units, end: number): number {
  let i = end;
  if (typeof s === 'string') return (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
  while (i > end - 4 && ((s[i] as number) & 0xc0) === 0x80) i--;
  return i;
}

/** Line breaks in `text`: each LF, and each CR not followed by a LF. */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (!text.includes('\r')) return n;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) n++;
  return n;
}
