// A unit's row(s) read from a sheet: identity columns, leaf values, adjustments.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { LeafValueMap } from '../scoring/leaf-values.js';
import { foldKey } from '../text/normalize.js';
import type { DecimalMark } from '../text/parse-number.js';
import { parseNumber } from '../text/parse-number.js';
import { cellAt, type SheetData } from './sheet.js';

export interface UnitDraft {
  key: string;
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  note: string;
  file: string;
  line: number;
  values: LeafValueMap;
  bonus: Rational;
  penalty: Rational;
}

export function newDraft(unit: string, file: string, line: number, values: LeafValueMap = new Map()): UnitDraft {
  return { key: foldKey(unit), unit, name: '', group: '', ranked: true, note: '', file, line, values, bonus: Rational.ZERO, penalty: Rational.ZERO };
}

const YES = new Set(['', 'yes', 'y', 'có', 'co', 'x', '1', 'true', 'đúng']);
const NO = new Set(['no', 'n', 'không', 'khong', 'k', '0', 'false', 'không xếp hạng']);

export function readRanked(text: string, sheet: SheetData, line: number, col: number, out: Diagnostic[]): boolean {
  const key = foldKey(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  out.push(diag('SCORE_RANKED_INVALID', 'error', cellAt(sheet, line, col), { text }));
  return true;
}

export function readAdjustment(text: string, column: string, mark: DecimalMark, sheet: SheetData, line: number, col: number, out: Diagnostic[]): Rational {
  if (text.trim() === '') return Rational.ZERO;
  const parsed = parseNumber(text, mark);
  const value = parsed.ok ? Rational.parse(parsed.value) : undefined;
  if (!value || value.sign() < 0) {
    out.push(diag('SCORE_ADJUSTMENT_INVALID', 'error', cellAt(sheet, line, col), { text, column }));
    return Rational.ZERO;
  }
  return value;
}
