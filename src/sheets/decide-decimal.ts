// The decimal mark of a file: forced by --decimal, else decided from the file's unambiguous
// numbers. A few cells with the other mark in an otherwise clear file are those cells' errors; a
// file really mixed, or whose numbers all read both ways, is one error with examples.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { classify, DecimalTally } from '../text/detect-decimal.js';
import type { DecimalMark } from '../text/parse-number.js';
import { cellAt, type SheetData } from './sheet.js';

/** The mark, and the cells written with the other one (`line:column`, 1-based), each reported: not to be read. */
export interface DecidedDecimal {
  mark: DecimalMark;
  odd: ReadonlySet<string>;
}

/** A file is clear when one mark is this many times more frequent than the other. */
const CLEAR = 4;
const NONE: ReadonlySet<string> = new Set();

export const cellKey = (line: number, col: number): string => `${line}:${col + 1}`;

export function decideDecimal(sheet: SheetData, cols: number[], forced: DecimalMark | undefined, out: Diagnostic[]): DecidedDecimal {
  if (forced) {
    out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark: forced, forced: true, evidence: '' }));
    return { mark: forced, odd: NONE };
  }
  // A direct loop (no generator): a national sheet has 600,000 numeric cells.
  const tally = new DecimalTally();
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const { cells, numbers } = row;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k] as number;
      if (numbers === undefined || !numbers.has(col)) tally.see(cells[col] ?? '');
    }
  }
  const found = tally.guess();
  const { comma, dot } = found;
  if (comma > 0 && dot > 0 && Math.max(comma, dot) >= CLEAR * Math.min(comma, dot)) {
    const mark = comma > dot ? 'comma' : 'dot';
    const evidence = found.evidence.filter((e) => classify(e) === mark).join(', ');
    out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark, forced: false, evidence }));
    return { mark, odd: oddCells(sheet, cols, mark, out) };
  }
  if (found.ambiguous) {
    const at = firstConflict(sheet, cols);
    const counts = comma > 0 && dot > 0 ? { comma, dot } : {};
    out.push(diag('SCORE_DECIMAL_AMBIGUOUS', 'error', at ? cellAt(sheet, at.line, at.col) : { file: sheet.file }, { examples: found.evidence.slice(0, 4).join(', '), ...counts }));
    return { mark: found.mark ?? 'dot', odd: NONE };
  }
  const mark = found.mark ?? 'dot';
  out.push(diag('SCORE_DECIMAL_DETECTED', 'info', { file: sheet.file }, { mark, forced: false, evidence: found.evidence.slice(0, 3).join(', ') }));
  return { mark, odd: NONE };
}

/** The file's mark is `mark`: each number written with the other one is an error of its own, at its cell. */
function oddCells(sheet: SheetData, cols: number[], mark: DecimalMark, out: Diagnostic[]): Set<string> {
  const odd = new Set<string>();
  const other = mark === 'comma' ? 'dot' : 'comma';
  for (const row of sheet.rows) {
    for (const col of cols) {
      const text = (row.cells[col] ?? '').trim();
      if (row.numbers?.has(col) || classify(text) !== other) continue;
      odd.add(cellKey(row.line, col));
      const fixed = mark === 'comma' ? text.replace('.', ',') : text.replace(',', '.');
      out.push(diag('SCORE_DECIMAL_OTHER_MARK', 'error', cellAt(sheet, row.line, col), { text, mark, fixed }));
    }
  }
  return odd;
}

/**
 * Where an ambiguous file goes wrong, to point the clerk at a cell: the first number whose mark
 * contradicts the numbers before it, else (no contradiction) the first that reads both ways.
 */
function firstConflict(sheet: SheetData, cols: number[]): { line: number; col: number } | undefined {
  let first: string | undefined;
  for (const row of sheet.rows) {
    for (const col of cols) {
      if (row.numbers?.has(col)) continue;
      const kind = classify(row.cells[col] ?? '');
      if (kind === 'both' || kind === undefined) continue;
      if (first === undefined) first = kind;
      else if (kind !== first) return { line: row.line, col };
    }
  }
  for (const row of sheet.rows) for (const col of cols) if (!row.numbers?.has(col) && classify(row.cells[col] ?? '') === 'both') return { line: row.line, col };
  return undefined;
}
