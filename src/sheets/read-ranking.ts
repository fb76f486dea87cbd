// A ranking table → one entry per unit: its rank, its published index as written, and where it is
// in the file. Any ranking a district has: the CSV or workbook `cchc score` writes (English or, as
// issue 21 makes them, Vietnamese headings), or the council's own published table (`STT, Tên đơn
// vị, Chỉ số, Xếp hạng`; `Hạng`/`Xếp hạng`/`Thứ hạng`, `Mã`/`Mã đơn vị`, `Đơn vị`/`Tên đơn vị`,
// `Chỉ số`/`Chỉ số CCHC`/`Điểm`, with or without `STT`). A unit is its code, or its name where
// the table has no code column; title rows, totals and the mean row are left out by the reader.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { foldKey } from '../text/normalize.js';
import { columnOf, type Column } from '../criteria/column-names.js';
import { cellKey, decideDecimal } from './decide-decimal.js';
import { otherMarkReads, outOfBounds, parseNumber, type DecimalMark } from '../text/parse-number.js';
import { CELL_LIMITS, RANK_DIGITS } from '../numbers/decimal-bounds.js';
import type { RankingEntry } from '../scoring/compare-rankings.js';
import { findDuplicateUnits, unitLabel } from '../scoring/unit-identity.js';
import { cellAt, markOf, type SheetData } from './sheet.js';

/** Header names of a ranking file (its columns, in English or Vietnamese), for finding the header row under a title block. */
export const isRankingHeader = (key: string): boolean => columnOf(key) !== undefined;

/** The first column that is one of `kinds`, trying them in order (`rank`, else a `xếp hạng` column). */
function columnFor(sheet: SheetData, kinds: readonly Column[]): number | undefined {
  const cols = sheet.header.map((h) => columnOf(foldKey(h)));
  for (const kind of kinds) {
    const i = cols.indexOf(kind);
    if (i >= 0) return i;
  }
  return undefined;
}

/** `Mã đơn vị`, `Mã`, `unit`: a column of codes; `Đơn vị`, `Xã` may hold names. */
const CODE_HEADER = /^(?:mã|ma|unit|code)(?:\s|$)/u;

/**
 * The code and the name columns: `unit` and `name`; where there is no name column but two unit
 * columns (`Mã đơn vị` and `Đơn vị`), the one headed like a code holds codes and the other names.
 */
function unitColumns(sheet: SheetData): { codeCol?: number; nameCol?: number } {
  const nameCol = columnFor(sheet, ['name']);
  const units = sheet.header.flatMap((h, k) => (columnOf(foldKey(h)) === 'unit' ? [k] : []));
  if (nameCol !== undefined || units.length < 2) return { ...(units[0] === undefined ? {} : { codeCol: units[0] }), ...(nameCol === undefined ? {} : { nameCol }) };
  const codeCol = units.find((k) => CODE_HEADER.test(foldKey(sheet.header[k] ?? ''))) ?? (units[0] as number);
  return { codeCol, nameCol: units.find((k) => k !== codeCol) as number };
}

export function readRanking(sheet: SheetData, decimal: DecimalMark | undefined): { entries: RankingEntry[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const { codeCol, nameCol } = unitColumns(sheet);
  // A table of names only: its names are its units.
  const uc = codeCol ?? nameCol;
  const nc = codeCol === undefined ? undefined : nameCol;
  const rc = columnFor(sheet, ['rank', 'ranked']);
  const ic = columnFor(sheet, ['index', 'value']);
  const missing = [uc === undefined ? 'unit' : '', rc === undefined ? 'rank' : '', ic === undefined ? 'index' : ''].filter(Boolean);
  if (uc === undefined || rc === undefined || ic === undefined) {
    out.push(diag('SCORE_RANKING_COLUMN_MISSING', 'error', { file: sheet.file, line: sheet.headerLine }, { columns: missing.join(', ') }));
    return { entries: [], diagnostics: out };
  }
  const { mark, odd } = decideDecimal(sheet, [ic], decimal, out);

  const entries: RankingEntry[] = [];
  for (const row of sheet.rows) {
    const { line, cells } = row;
    const unit = cells[uc] ?? '';
    if (unit === '') {
      if (cells.some((c) => c !== '')) out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, uc), {}));
      continue;
    }
    const entry: RankingEntry = { unit, name: nc === undefined ? '' : (cells[nc] ?? ''), coded: nc !== undefined, places: 0, line };
    const rankText = (cells[rc] ?? '').trim();
    if (rankText !== '') {
      const whole = /^\d+$/.test(rankText);
      // 99999999999999999999999 is no rank, and would be read as 1e+23.
      if (whole && rankText.replace(/^0+/, '').length <= RANK_DIGITS) entry.rank = Number(rankText);
      else if (whole) out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', cellAt(sheet, line, rc), { text: rankText, column: sheet.header[rc] ?? 'rank', bound: 'digits', limit: RANK_DIGITS }));
      else out.push(diag('SCORE_RANKING_VALUE_INVALID', 'error', cellAt(sheet, line, rc), { text: rankText, column: sheet.header[rc] ?? 'rank' }));
    }
    const indexText = (cells[ic] ?? '').trim();
    if (indexText !== '' && !odd.has(cellKey(line, ic))) {
      const cellMark = markOf(row, ic, mark);
      const parsed = parseNumber(indexText, cellMark);
      // `93,64%` is the index 93.64: a table's index may be written as a percentage.
      const value = parsed.ok ? Rational.parse(parsed.value) : undefined;
      const digits = indexText.replace(/\s*%$/, '');
      const point = digits.lastIndexOf(cellMark === 'comma' ? ',' : '.');
      const places = point < 0 ? 0 : digits.length - point - 1;
      const column = sheet.header[ic] ?? 'index';
      // Shown as written in every row of the comparison: 100,000 decimals would make each row 300 KB.
      if (!parsed.ok && parsed.kind === 'out-of-bounds') out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', cellAt(sheet, line, ic), { text: indexText, column, ...outOfBounds(parsed.bound) }));
      else if (value && places > CELL_LIMITS.digits) out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', cellAt(sheet, line, ic), { text: indexText, column, bound: 'decimals', limit: CELL_LIMITS.digits }));
      else if (value) {
        entry.index = value;
        entry.places = places;
      } else {
        const other = otherMarkReads(indexText, cellMark);
        out.push(diag('SCORE_RANKING_VALUE_INVALID', 'error', cellAt(sheet, line, ic), { text: indexText, column, ...(other ? { mark: cellMark } : {}) }));
      }
    }
    entries.push(entry);
  }
  // A unit twice (by code, or once by code and once by name): the later row is the error.
  const dropped = new Set<RankingEntry>();
  for (const { first, second, how } of findDuplicateUnits(entries.map((e) => ({ ...e, file: sheet.file, e })))) {
    dropped.add(second.e);
    out.push(diag('SCORE_DUPLICATE_UNIT', 'error', cellAt(sheet, second.line, uc), { unit: second.unit, firstLine: first.line, ...(how === 'code' ? {} : { first: unitLabel(first), how }) }));
  }
  const kept = dropped.size === 0 ? entries : entries.filter((e) => !dropped.has(e));
  if (kept.length === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file }, {}));
  return { entries: kept, diagnostics: out };
}
