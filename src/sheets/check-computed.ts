// The council's own results in a scores sheet (`Tổng điểm`, `Chỉ số`, `Xếp loại`, `Hạng`, the
// field subtotals…) are not read as data: cchc computes them. They are checked against cchc's
// result, and a value that differs by more than its own rounding is said, at its cell.
import type { ComputedColumn } from '../criteria/column-names.js';
import type { CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { foldKey } from '../text/normalize.js';
import { parseNumber, type DecimalMark } from '../text/parse-number.js';

/** One computed cell of a unit's row: a column of COMPUTED_COLUMNS, or a subtotal (a parent node's code). */
export interface ComputedCell {
  column: ComputedColumn | { node: string };
  text: string;
  loc: Location & { header: string };
}

const NUMERIC: readonly ComputedColumn[] = ['appraisal', 'survey', 'total', 'max', 'index'];

/** cchc's value for a computed cell: a number, a text (band), or undefined (not given, not ranked, no index). */
function oursOf(criteria: CriteriaSet, u: RankedUnit, column: ComputedCell['column']): Rational | string | undefined {
  if (typeof column === 'object') return u.survey === undefined && criteria.nodes.get(column.node)?.source === 'survey' ? undefined : u.nodes.get(column.node)?.points;
  if (column === 'rank') return u.rank === undefined ? undefined : Rational.int(u.rank);
  if (column === 'band') return u.band;
  return column === 'appraisal' ? u.appraisal : column === 'survey' ? u.survey : column === 'total' ? u.total : column === 'max' ? u.max : u.index;
}

/** Decimals written in a number's text: `93,6` has 1. */
const decimalsOf = (text: string, mark: DecimalMark): number => {
  const body = text.trim().replace(/%$/, '');
  const at = body.lastIndexOf(mark === 'comma' ? ',' : '.');
  return at < 0 ? 0 : body.length - at - 1;
};

/**
 * Whether the sheet's number agrees with cchc's exact value up to rounding: within half a unit of
 * its last written decimal, plus one unit of the set's precision (a total added up from rounded
 * parts may be off by that much).
 */
function agrees(theirs: Rational, ours: Rational, decimals: number, precision: number): boolean {
  const d = theirs.sub(ours);
  const gap = d.sign() < 0 ? d.neg() : d;
  const tolerance = Rational.of(1n, 10n ** BigInt(decimals)).div(Rational.int(2)).add(Rational.of(1n, 10n ** BigInt(precision)));
  return gap.cmp(tolerance) <= 0;
}

function checkCell(criteria: CriteriaSet, u: RankedUnit, cell: ComputedCell, mark: DecimalMark): Diagnostic | undefined {
  const text = cell.text.trim();
  if (text === '') return undefined;
  const ours = oursOf(criteria, u, cell.column);
  const oursText = (o: typeof ours) => (o === undefined ? '—' : typeof o === 'string' ? o : o.toFixed(cell.column === 'rank' ? 0 : criteria.precision, mark === 'comma' ? ',' : '.'));
  const mismatch = () => diag('SCORE_COMPUTED_MISMATCH', 'warning', cell.loc, { unit: u.unit, column: cell.loc.header, theirs: text, ours: oursText(ours) });
  if (cell.column === 'band') return typeof ours === 'string' && foldKey(ours) === foldKey(text) ? undefined : mismatch();
  if (!(ours instanceof Rational)) return mismatch();
  const parsed = parseNumber(text, mark);
  let theirs = parsed.ok ? Rational.parse(parsed.value) : undefined;
  if (!theirs || !parsed.ok) return mismatch();
  if (cell.column === 'rank') return theirs.eq(ours) ? undefined : mismatch();
  let decimals = decimalsOf(text, mark);
  // An index exported from a cell formatted as a percentage: 0.9364 for 93.64%.
  if (cell.column === 'index' && !parsed.percent && theirs.cmp(Rational.ONE) <= 0 && ours.cmp(Rational.ONE) > 0) {
    theirs = theirs.mul(Rational.HUNDRED);
    decimals = Math.max(0, decimals - 2);
  }
  return agrees(theirs, ours, decimals, criteria.precision) ? undefined : mismatch();
}

/** Every computed cell of every unit against cchc's own result; `units` are the ranked ones, by unit. */
export function checkComputed(criteria: CriteriaSet, units: readonly RankedUnit[], cells: ReadonlyMap<string, readonly ComputedCell[]>, mark: DecimalMark): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of units) {
    for (const cell of cells.get(u.unit) ?? []) {
      const d = checkCell(criteria, u, cell, mark);
      if (d) out.push(d);
    }
  }
  return out;
}

/** Columns whose cells are numbers (they count when deciding a file's decimal mark). */
export const isNumericComputed = (column: ComputedColumn): boolean => NUMERIC.includes(column);
