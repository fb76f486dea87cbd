// A workbook to write, as plain data: sheets of typed cells with per-column formats. Built by the
// report builders (ranking, tables, template), written by writeWorkbook.

/** A number cell holds its exact decimal text (`93.64`), written as it is: never through a float. */
export type Cell = string | { n: string } | undefined;

export interface Column {
  header: string;
  /** Decimals of the column's number format (`0.00` for 2); undefined: General. */
  decimals?: number;
  /** Text format (`@`): what is typed stays as typed (a unit code `001` keeps its zeros). */
  text?: boolean;
  /** A fixed width in characters; otherwise from the longest text in the column. */
  width?: number;
  /** The criterion whose points or values the column holds: messages name it (code, JSON path). */
  criterion?: { code: string; path: string };
}

export interface Validation {
  /** 0-based column; rows from `fromRow` to `toRow` (1-based, Excel's). */
  column: number;
  fromRow: number;
  toRow: number;
  rule: { kind: 'list'; values: string[] } | { kind: 'whole' | 'decimal'; min: string; max?: string };
  prompt?: string;
}

export interface SheetModel {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Rows at the top in bold and frozen (the header; the template's titles row too). */
  headerRows: number;
  validations?: Validation[];
  hidden?: boolean;
  /** Printed landscape; undefined: landscape past 8 columns. */
  landscape?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** YYYY-MM-DD: the documents' date and the zip entries' time; none when undefined (bytes stay the same). */
  date?: string;
  title?: string;
}

export const num = (text: string): Cell => ({ n: text });

/** A number cell from formatted text (`93.64`, `-0.50`); text that is no plain number stays text. */
export const numOrText = (text: string): Cell => (/^[+-]?\d+(\.\d+)?$/.test(text) ? { n: text.replace(/^\+/, '') } : text);
