// A pull scanner over decoded CSV text (RFC 4180 quoting; CRLF, LF or a lone CR end a record).
// Hand-written rather than csv-parse. On a generated 15 MB, 300,000-row survey (node --expose-gc
// test/io/bench-reader.mjs): csv-parse 7 sync needs ~550 ms (27 MB/s) for the decoded text alone;
// this scanner ~60 ms (~250 MB/s), and the whole streamSheet (decode, NFC, checks, rows) ~150 ms
// (~100 MB/s) with a flat heap. Pulling one record at a time also lets streamSheet look ahead for
// the header without keeping rows.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A superset of what String.prototype.trim removes (controls, space, NBSP, U+1680 and above). */
export const mayBeSpace = (c: number): boolean => c <= 32 || c === 0xa0 || c >= 0x1680;

export class CsvScanner {
  /** Physical line (1-based) where the record last returned by next() starts. */
  line = 1;
  /**
   * False when no cell of the record last returned may begin or end with white space (what
   * streamSheet trims): checked on the text as it is scanned, not cell by cell afterwards.
   */
  spaced = false;
  /** The first quoted field that was never closed: where it starts. */
  unclosed?: { line: number; column: number };
  private pos: number;
  private nextLine: number;
  private readonly delimiter: number;
  /**
   * Cells in the record before: the next record's array is made that long at once (cells of a
   * sheet's rows are as many as its columns), not grown push by push (~20% of a survey's scan).
   */
  private width = 0;

  constructor(private readonly text: string, delimiter: string, start = 0, startLine = 1) {
    this.delimiter = delimiter.charCodeAt(0);
    this.pos = start;
    this.nextLine = startLine;
  }

  /** Where the next record starts in the text (to scan it again with more text: ChunkedScanner). */
  get resumeIndex(): number {
    return this.pos;
  }

  /** The line the next record starts on. */
  get resumeLine(): number {
    return this.nextLine;
  }

  /** The next record's fields (not trimmed), or undefined at the end of the text. */
  next(): string[] | undefined {
    const s = this.text;
    const n = s.length;
    const d = this.delimiter;
    let i = this.pos;
    if (i >= n) return undefined;
    let line = this.nextLine;
    this.line = line;
    let spaced = false;
    const width = this.width;
    const cells: string[] = width > 0 ? new Array<string>(width) : [];
    let count = 0;
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        let value = '';
        let seg = i + 1;
        let j = seg;
        const startLine = line;
        for (;;) {
          if (j >= n) {
            this.unclosed ??= { line: startLine, column: count + 1 };
            value += s.slice(seg);
            i = n;
            break;
          }
          const c = s.charCodeAt(j);
          if (c === QUOTE) {
            if (s.charCodeAt(j + 1) === QUOTE) {
              value += s.slice(seg, j + 1);
              j += 2;
              seg = j;
              continue;
            }
            value += s.slice(seg, j);
            i = j + 1;
            break;
          }
          if (c === LF || (c === CR && s.charCodeAt(j + 1) !== LF)) line++;
          j++;
        }
        // Text between a closing quote and the next delimiter (`"a"b`) is kept, as Excel does.
        const k = this.fieldEnd(i);
        if (k > i) value += s.slice(i, k);
        i = k;
        if (value !== '') spaced = true;
        if (count < width) cells[count] = value;
        else cells.push(value);
      } else {
        // The field's end found here, not by fieldEnd: its first and last characters are at hand
        // to tell whether it may need trimming.
        let k = i;
        let last = -1;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
          if (last < 0 && mayBeSpace(c)) spaced = true;
          last = c;
          k++;
        }
        if (last >= 0 && mayBeSpace(last)) spaced = true;
        if (count < width) cells[count] = s.slice(i, k);
        else cells.push(s.slice(i, k));
        i = k;
      }
      count++;
      if (i >= n) {
        this.pos = n;
        this.nextLine = line + 1;
        this.spaced = spaced;
        return this.done(cells, count);
      }
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      this.pos = i + (c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1);
      this.nextLine = line + 1;
      this.spaced = spaced;
      return this.done(cells, count);
    }
  }

  /** The record's cells, cut to those it has; its width is the next one's guess. */
  private done(cells: string[], count: number): string[] {
    if (count < cells.length) cells.length = count;
    this.width = count;
    return cells;
  }

  /** Index of the delimiter or line break that ends an unquoted field starting at `i`. */
  private fieldEnd(i: number): number {
    const s = this.text;
    const n = s.length;
    const d = this.delimiter;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === d || c === LF || c === CR) return i;
      i++;
    }
    return n;
  }
}
