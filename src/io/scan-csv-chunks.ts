// A CsvScanner over text that comes in pieces (a large file read in chunks: stream-sheet-file.ts).
import { CsvScanner } from './scan-csv.js';

/**
 * A CsvScanner over text that comes in pieces: a record that runs past the end of a piece (a
 * quoted field with a line break) is scanned again from its start once the next piece is added.
 */
export class ChunkedScanner {
  line = 1;
  unclosed?: { line: number; column: number };
  /** As CsvScanner's: whether a cell of the record last returned may need trimming. */
  spaced = false;
  private text: string;
  private scanner: CsvScanner;
  private done = false;

  constructor(first: string, private readonly pieces: Iterator<string, void>, private readonly delimiter: string, start: number, startLine: number) {
    this.text = first;
    this.scanner = new CsvScanner(first, delimiter, start, startLine);
  }

  next(): string[] | undefined {
    for (;;) {
      const index = this.scanner.resumeIndex;
      const line = this.scanner.resumeLine;
      const cells = this.scanner.next();
      if (cells && (this.done || !this.scanner.unclosed)) {
        this.line = this.scanner.line;
        this.unclosed = this.scanner.unclosed;
        this.spaced = this.scanner.spaced;
        return cells;
      }
      if (this.done) return undefined;
      const more = this.pieces.next();
      if (more.done) this.done = true;
      this.text = this.text.slice(index) + (more.done ? '' : more.value);
      this.scanner = new CsvScanner(this.text, this.delimiter, 0, line, this.scanner.linesLeft);
    }
  }
}
