// A worksheet's rows as the CSV path would have read them, streamed: the sheet is inflated and
// parsed piece by piece and each row handed over as it ends, so memory does not grow with the
// number of rows. Cells sit at their column (cells[0] is column A); rows keep their Excel number.
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ByteSource } from './byte-source.js';
import { dateText, numberText } from './cell-number.js';
import { parseCellRef } from './cell-ref.js';
import { entryText } from './entry-text.js';
import { CELLS_FREE, CELLS_PER_CHAR, MAX_ROWS, MAX_SHEET_BYTES } from './limits.js';
import type { FormatKind } from './number-format.js';
import type { Attributes, XmlHandlers } from './parse-xml.js';
import { scanXml } from './scan-xml.js';
import { damaged, WorkbookRefusal } from './refusal.js';
import { StringCollector } from './shared-strings.js';
import { cleanString } from './string-text.js';
import type { ZipEntry } from './zip-directory.js';

export interface WorkbookRow {
  /** The row's number in the sheet. */
  line: number;
  cells: string[];
  /**
   * The columns (0-based) whose text is a number cell's value, written with a decimal point:
   * they say nothing about the decimal mark of the sheet's text cells, and are read with a point.
   */
  numbers?: Set<number>;
}

export interface SheetContext {
  file: string;
  sheet: string;
  strings: readonly string[];
  styles: readonly FormatKind[];
  date1904: boolean;
  /** Cell problems (a shared string that does not exist) go here, located at their cell. */
  diagnostics: Diagnostic[];
}

/** How the sheet's XML is read: the scanner (the default, see scan-xml.ts) or saxes (its reference in tests). */
export type SheetParser = (part: string, h: Required<XmlHandlers>) => { write(piece: string): void; close(): void };

/** The attributes the rows need, of the elements that have them. */
const WANTED: ReadonlyMap<string, readonly string[]> = new Map([['row', ['r']], ['c', ['r', 's', 't']]]);
const scanSheet: SheetParser = (part, h) => scanXml(part, h, WANTED);

export function* sheetRows(src: ByteSource, entry: ZipEntry, ctx: SheetContext, parse: SheetParser = scanSheet): Generator<WorkbookRow, void, undefined> {
  const ready: WorkbookRow[] = [];
  let chars = 0;
  const reader = new RowReader(ctx, (row) => ready.push(row), () => chars, entry.name);
  const parser = parse(entry.name, reader.handlers());
  // The parser calls back and a generator cannot yield from a callback: rows wait in `ready` for the end of each piece.
  for (const piece of entryText(src, entry, MAX_SHEET_BYTES)) {
    chars += piece.length;
    parser.write(piece);
    for (const row of ready) yield row;
    ready.length = 0;
  }
  parser.close();
  for (const row of ready) yield row;
}

class RowReader {
  private cellsOut = 0;
  private rowNumber = 0;
  /** The row's cells come in column order, the rows in row order: one that does not repeats another (or hides among them). */
  private lastColumn = 0;
  private skipRow = false;
  private skipCell = false;
  private cells: string[] = [];
  private numbers: Set<number> | undefined;
  private nextColumn = 1;
  private column = 0;
  private type = 'n';
  private style = 0;
  private value = '';
  private hasValue = false;
  private formula: string | undefined;
  private inValue = false;
  private inFormula = false;
  private inInline = false;
  private readonly inline = new StringCollector();

  /** `chars`: the sheet's characters read so far, the piece being parsed included. */
  constructor(
    private readonly ctx: SheetContext,
    private readonly emit: (row: WorkbookRow) => void,
    private readonly chars: () => number,
    private readonly part: string,
  ) {}

  handlers(): Required<XmlHandlers> {
    return {
      open: (name: string, a: Attributes) => this.open(name, a),
      close: (name: string) => this.close(name),
      text: (s: string) => this.text(s),
    };
  }

  private open(name: string, a: Attributes): void {
    switch (name) {
      case 'row': {
        const r = a['r'];
        const n = r === undefined ? this.rowNumber + 1 : Number(r);
        if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw damaged('row-number', this.ctx.sheet, r);
        this.skipRow = n <= this.rowNumber;
        if (this.skipRow) return this.repeated('row-repeated', n, 1, String(n));
        [this.rowNumber, this.cells, this.numbers, this.nextColumn, this.lastColumn] = [n, [], undefined, 1, 0];
        return;
      }
      case 'c': {
        const r = a['r'];
        const ref = r === undefined ? undefined : parseCellRef(r);
        if (r !== undefined && !ref) throw damaged('cell-reference', this.ctx.sheet, r);
        this.column = ref ? ref.column : this.nextColumn;
        this.skipCell = this.skipRow || this.column <= this.lastColumn;
        if (this.column <= this.lastColumn && !this.skipRow) this.repeated('cell-repeated', this.rowNumber, this.column, r ?? String(this.column));
        this.lastColumn = Math.max(this.lastColumn, this.column);
        this.type = a['t'] ?? 'n';
        this.style = a['s'] === undefined ? 0 : Number(a['s']);
        [this.value, this.hasValue, this.formula] = ['', false, undefined];
        return;
      }
      case 'v':
        [this.inValue, this.hasValue] = [true, true];
        return;
      case 'f':
        [this.inFormula, this.formula] = [true, this.formula ?? ''];
        return;
      case 'is':
        this.inInline = true;
        return;
      default:
        if (this.inInline) this.inline.open(name);
    }
  }

  private text(s: string): void {
    if (this.inValue) this.value += s;
    else if (this.inFormula) this.formula += s;
    else if (this.inInline) this.inline.text(s);
  }

  private close(name: string): void {
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'f':
        this.inFormula = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        return this.endCell();
      case 'row':
        return this.endRow();
      default:
        if (this.inInline) this.inline.close(name);
    }
  }

  /** A row or cell met a second time, or out of order: an error where it is; the first one stands. */
  private repeated(damage: 'row-repeated' | 'cell-repeated', line: number, column: number, value: string): void {
    const { file, sheet } = this.ctx;
    this.ctx.diagnostics.push(diag('INPUT_XLSX_DAMAGED', 'error', { file, sheet, line, column }, { damage, part: sheet, value }));
  }

  private endCell(): void {
    if (this.skipCell) return;
    const text = this.cellText();
    const k = this.column - 1;
    this.nextColumn = this.column + 1;
    if (text === '') return;
    const cells = this.cells;
    while (cells.length < k) cells.push('');
    cells[k] = text;
  }

  private endRow(): void {
    if (this.skipRow || this.cells.length === 0) return;
    this.cellsOut += this.cells.length;
    if (this.cellsOut > CELLS_FREE && this.cellsOut > this.chars() * CELLS_PER_CHAR) throw new WorkbookRefusal({ kind: 'bomb', part: this.part, why: 'cells' });
    this.emit(this.numbers ? { line: this.rowNumber, cells: this.cells, numbers: this.numbers } : { line: this.rowNumber, cells: this.cells });
  }

  /** What the cell shows, as text the CSV path reads. */
  private cellText(): string {
    const { type, value } = this;
    if (type === 'inlineStr') return this.inline.take();
    // A formula without its result (<v> absent, or empty as openpyxl writes it): its formula, never a blank.
    if (!this.hasValue || (this.formula !== undefined && value.trim() === '' && type !== 'str' && type !== 'inlineStr')) return this.formula === undefined ? '' : `=${this.formula}`;
    switch (type) {
      case 's':
        return this.sharedString(value);
      case 'str':
        return cleanString(value);
      case 'b':
        return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
      case 'e':
        return value.trim();
      case 'd':
        return value.trim().replace(/(?:\.\d+)?Z$/, '');
      default:
        return this.number(value);
    }
  }

  private number(value: string): string {
    const kind = this.ctx.styles[this.style] ?? 'number';
    if (kind === 'date') return dateText(value, this.ctx.date1904) ?? value.trim();
    const text = numberText(value, kind === 'percent');
    if (text === undefined) return value.trim();
    (this.numbers ??= new Set()).add(this.column - 1);
    return text;
  }

  private sharedString(value: string): string {
    const index = /^\s*\d+\s*$/.test(value) ? Number(value) : -1;
    const s = this.ctx.strings[index];
    if (s !== undefined && index >= 0) return s;
    const { file, sheet } = this.ctx;
    const at = { file, sheet, line: this.rowNumber, column: this.column };
    this.ctx.diagnostics.push(diag('INPUT_XLSX_STRING_INDEX', 'error', at, { index: value.trim(), count: this.ctx.strings.length }));
    return '';
  }
}
