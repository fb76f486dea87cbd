// A pull scanner over decoded CSV text (RFC 4180 quoting; CRLF, LF or a lone CR end a record).
// Hand-written rather than csv-parse. On a generated 15 MB, 300,000-row survey (node --expose-gc
// test/io/bench-reader.mjs): csv-parse 7 sync needs ~550 ms (27 MB/s) for the decoded text alone;
// this scanner ~60 ms (~250 MB/s), and the whole streamSheet (decode, NFC, checks, rows) ~150 ms
// (~100 MB/s) with a flat heap. Pulling one record at a time also lets streamSheet look ahead for
// the header without keeping rows.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Records read by lines before the character loop (see lineNext). On a 300,000-form survey, cold
 * (node, one process per count): 750 records 1.8 ms by lines, 2.2 by the loop; 2,000: 3.4–5.4
 * and 5.5; 20,000: 14 and 11.5. Warm, the whole file: 130 ms by lines, 68 by the loop.
 */
export const LINE_RECORDS = 2048;

/** A superset of what String.prototype.trim removes (controls, space, NBSP, U+1680 and above). */
export const mayBeSpace = (c: number): boolean => c <= 32 || c === 0xa0 || c >= 0x1680;

/** Whether trim() may change the cell: its first or last character may be white space. */
const mayNeedTrim = (cell: string): boolean => cell !== '' && (mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(cell.length - 1)));

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

  /** The delimiter as a string, for String.prototype.split. */
  private readonly separator: string;
  /** Whether a cell of a line may begin or end with white space (see lineNext). */
  private readonly spacedLine: RegExp;
  /** Index of the next `"` and CR at or after `pos` (n when there is none), looked up again once passed. */
  private quoteAt = -1;
  private crAt = -1;

  /**
   * `lineRecords`: how many records may be read by lineNext before the character loop takes over
   * (0: every record by the loop, the reference the line path is tested against).
   */
  constructor(private readonly text: string, delimiter: string, start = 0, startLine = 1, private lineRecords = LINE_RECORDS) {
    this.delimiter = delimiter.charCodeAt(0);
    this.separator = delimiter;
    const d = delimiter.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    this.spacedLine = new RegExp(`^\\s|\\s$|\\s${d}|${d}\\s`);
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
    if (this.pos >= this.text.length) return undefined;
    if (this.lineRecords > 0) {
      const cells = this.lineNext();
      if (cells) {
        this.lineRecords--;
        return cells;
      }
    }
    return this.scanNext();
  }

  /** Records lineNext may still read (a ChunkedScanner hands them on to the scanner of its next piece). */
  get linesLeft(): number {
    return this.lineRecords;
  }

  /**
   * A record on one line (nearly every record of a sheet Excel saved), read with indexOf and
   * String.prototype.split, which are native: faster than the character loop before V8 has
   * compiled it (a district's whole run), twice as slow after (split calls into the runtime), so
   * only the first LINE_RECORDS records are read so. A line without a quote is split whole; one
   * with quotes field by field. Undefined, having read nothing, for any other record: a quoted
   * field that runs past the line, or a lone CR in it.
   */
  private lineNext(): string[] | undefined {
    const s = this.text;
    const n = s.length;
    const i = this.pos;
    let lf = s.indexOf('\n', i);
    if (lf < 0) lf = n;
    if (this.crAt < i) {
      this.crAt = s.indexOf('\r', i);
      if (this.crAt < 0) this.crAt = n;
    }
    // A CR ends the line only just before its LF (or the text's end): any other CR ends a record.
    let end = lf;
    if (this.crAt < lf) {
      if (this.crAt !== lf - 1) return undefined;
      end = this.crAt;
    }
    if (this.quoteAt < i) {
      this.quoteAt = s.indexOf('"', i);
      if (this.quoteAt < 0) this.quoteAt = n;
    }
    let cells: string[];
    let spaced: boolean;
    if (this.quoteAt >= end) {
      const text = s.slice(i, end);
      cells = text.split(this.separator);
      // False only when no cell begins or ends with what trim() removes (\s is that set).
      spaced = text !== '' && this.spacedLine.test(text);
    } else {
      const fields = this.wholeQuotedLine(s.slice(i, end)) ?? this.quotedLine(i, end);
      if (!fields) return undefined;
      [cells, spaced] = fields;
    }
    this.line = this.nextLine;
    this.nextLine++;
    this.pos = lf < n ? lf + 1 : n;
    this.spaced = spaced;
    this.width = cells.length;
    return cells;
  }

  /**
   * A line whose quotes each enclose a whole cell without a quote inside (`U1,"Người dân, tổ
   * chức",A`: how Excel writes a cell with the delimiter in it), by three splits: on the quotes,
   * then the stretches between quoted cells on the delimiter. Undefined for any other line.
   */
  private wholeQuotedLine(line: string): [string[], boolean] | undefined {
    const sep = this.separator;
    const parts = line.split('"');
    const last = parts.length - 1;
    if (last % 2 !== 0) return undefined;
    // Even parts lie outside quotes: each must end (start) with the delimiter next to a quoted
    // cell, or be empty at the line's start (end). `""` inside a cell leaves an empty even part
    // between two quoted ones, and a quote inside an unquoted cell a part not ending in the
    // delimiter: both go to quotedLine.
    for (let k = 0; k <= last; k += 2) {
      const part = parts[k] as string;
      const after = k === 0 || part.startsWith(sep); // a quoted cell ends just before
      const before = k === last || part.endsWith(sep); // a quoted cell starts just after
      const fits = k === 0 || k === last ? part === '' || (after && before) : part === sep || (part.length >= 2 * sep.length && after && before);
      if (!fits) return undefined;
    }
    const cells: string[] = [];
    let spaced = false;
    for (let k = 0; k <= last; k++) {
      const part = parts[k] as string;
      if (k % 2 === 1) {
        cells.push(part);
        if (mayNeedTrim(part)) spaced = true;
        continue;
      }
      // Nothing before the first quoted cell or after the last, or (`"a","b"`) between two.
      if (part === '' || (part === sep && k > 0 && k < last)) continue;
      // `a,b,` before a quoted cell: a, b (its own cell follows); `,c,d` after one: c, d.
      const stretch = part.slice(k === 0 ? 0 : sep.length, k === last ? part.length : part.length - sep.length);
      for (const cell of stretch.split(sep)) cells.push(cell);
      if (this.spacedLine.test(stretch)) spaced = true;
    }
    return [cells, spaced];
  }

  /** The fields of the line [i, end) that has a quote, as the character loop reads them; undefined when a quote closes past `end`. */
  private quotedLine(i: number, end: number): [string[], boolean] | undefined {
    const s = this.text;
    const sep = this.separator;
    const cells: string[] = [];
    let spaced = false;
    for (let p = i; ; p++) {
      let value: string;
      if (s.charCodeAt(p) === QUOTE && p < end) {
        value = '';
        for (let seg = p + 1; ; ) {
          const q = s.indexOf('"', seg);
          if (q < 0 || q >= end) return undefined;
          if (s.charCodeAt(q + 1) === QUOTE && q + 1 < end) {
            value += s.slice(seg, q + 1);
            seg = q + 2;
            continue;
          }
          value += s.slice(seg, q);
          p = q + 1;
          break;
        }
        // Text between a closing quote and the next delimiter (`"a"b`) is kept, as Excel does.
        let k = s.indexOf(sep, p);
        if (k < 0 || k > end) k = end;
        if (k > p) value += s.slice(p, k);
        p = k;
      } else {
        let k = s.indexOf(sep, p);
        if (k < 0 || k > end) k = end;
        value = s.slice(p, k);
        p = k;
      }
      // What take() trims is the value, quoted or not: only its two ends matter.
      if (mayNeedTrim(value)) spaced = true;
      cells.push(value);
      if (p >= end) return [cells, spaced];
    }
  }

  /** next(), character by character: quoted fields, line breaks in them, lone CRs. */
  private scanNext(): string[] | undefined {
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
