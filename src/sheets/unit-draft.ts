// A unit's row(s) read from a sheet: identity columns, leaf values, adjustments, and the cells of
// the council's own results (checked later against cchc's).
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { LeafValueMap } from '../scoring/leaf-values.js';
import { findDuplicateUnits, unitKey, unitLabel } from '../scoring/unit-identity.js';
import { foldKey } from '../text/normalize.js';
import type { DecimalMark } from '../text/parse-number.js';
import { otherMarkReads, outOfBounds, parseNumber } from '../text/parse-number.js';
import type { ComputedCell } from './check-computed.js';
import { cellAt, type SheetData } from './sheet.js';

/** What a unit's row says besides its points: one value per unit, given once or repeated alike. */
export type IdentityColumn = 'name' | 'group' | 'note' | 'ranked' | 'bonus' | 'penalty';
export const IDENTITY_COLUMNS: readonly IdentityColumn[] = ['name', 'group', 'note', 'ranked', 'bonus', 'penalty'];

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
  /** The council's own results for the unit (total, index, band, subtotals…), when the sheet has them. */
  computed?: ComputedCell[];
  /** Where each identity value came from: a long sheet may give it on several rows. */
  given?: Partial<Record<IdentityColumn, { text: string; line: number }>>;
}

export function newDraft(unit: string, file: string, line: number, values: LeafValueMap = new Map()): UnitDraft {
  return { key: unitKey(unit), unit, name: '', group: '', ranked: true, note: '', file, line, values, bonus: Rational.ZERO, penalty: Rational.ZERO };
}

const YES = new Set(['', 'yes', 'y', 'có', 'co', 'x', '1', 'true', 'đúng']);
const NO = new Set(['no', 'n', 'không', 'khong', 'k', '0', 'false', 'không xếp hạng']);

function readRanked(text: string, at: Location, out: Diagnostic[]): boolean {
  const key = foldKey(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  out.push(diag('SCORE_RANKED_INVALID', 'error', at, { text }));
  return true;
}

/** A bonus or penalty cell: a number ≥ 0 (blank is 0). */
export function readAdjustment(text: string, column: 'bonus' | 'penalty', mark: DecimalMark, at: Location, out: Diagnostic[]): Rational {
  if (text.trim() === '') return Rational.ZERO;
  const parsed = parseNumber(text, mark);
  if (!parsed.ok && parsed.kind === 'out-of-bounds') {
    out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', at, { text, column, ...outOfBounds(parsed.bound) }));
    return Rational.ZERO;
  }
  const value = parsed.ok ? Rational.parse(parsed.value) : undefined;
  if (!value || value.sign() < 0) {
    out.push(diag('SCORE_ADJUSTMENT_INVALID', 'error', at, { text, column, ...(otherMarkReads(text, mark) === undefined ? {} : { mark }) }));
    return Rational.ZERO;
  }
  return value;
}

/** Whether two texts of a column say the same: the same number for bonus and penalty, else the same words. */
function same(column: IdentityColumn, a: string, b: string, mark: DecimalMark): boolean {
  if (column !== 'bonus' && column !== 'penalty') return foldKey(a) === foldKey(b);
  const [x, y] = [parseNumber(a, mark), parseNumber(b, mark)];
  return x.ok && y.ok ? Rational.parse(x.value)?.eq(Rational.parse(y.value) ?? Rational.ZERO) === true : a.trim() === b.trim();
}

/**
 * One identity cell of a unit (blank: nothing said). A long sheet may repeat it on the unit's rows,
 * or give it as a row of its own (code `bonus`): the same value again is fine, another is an error.
 */
export function setIdentity(d: UnitDraft, column: IdentityColumn, text: string, at: Location, mark: DecimalMark, out: Diagnostic[]): void {
  if (text.trim() === '') return;
  const first = d.given?.[column];
  if (first) {
    if (!same(column, first.text, text, mark)) out.push(diag('SCORE_UNIT_VALUE_CONFLICT', 'error', at, { unit: d.unit, column, first: first.text, second: text, firstLine: first.line }));
    return;
  }
  (d.given ??= {})[column] = { text, line: at.line ?? d.line };
  if (column === 'ranked') d.ranked = readRanked(text, at, out);
  else if (column === 'bonus' || column === 'penalty') d[column] = readAdjustment(text, column, mark, at, out);
  else d[column] = text;
}

/**
 * The drafts without those that name a unit an earlier one names the other way (`Sơn Hà` below
 * `SONHA, Sơn Hà`): each an error at its unit cell naming the first. The same code twice is found
 * as the rows are read (the drafts are keyed by it).
 */
export function withoutCrossDuplicates(drafts: UnitDraft[], sheet: SheetData, unitCol: number, out: Diagnostic[]): UnitDraft[] {
  const dups = findDuplicateUnits(drafts);
  if (dups.length === 0) return drafts;
  const dropped = new Set<UnitDraft>();
  for (const { first, second, how } of dups) {
    dropped.add(second);
    out.push(diag('SCORE_DUPLICATE_UNIT', 'error', cellAt(sheet, second.line, unitCol), { unit: second.unit, firstLine: first.line, first: unitLabel(first), how }));
  }
  return drafts.filter((d) => !dropped.has(d));
}
