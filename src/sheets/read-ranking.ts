// A ranking CSV as `cchc score --format csv` writes it (any year, any criteria version) →
// one entry per unit: its rank, its published index as written, and where it is in the file.
// Also accepts the Vietnamese headings of the table and Markdown outputs.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { foldKey } from '../text/normalize.js';
import { columnOf } from '../criteria/column-names.js';
import { cellKey, decideDecimal } from './decide-decimal.js';
import { outOfBounds, parseNumber, type DecimalMark } from '../text/parse-number.js';
import { CELL_LIMITS, RANK_DIGITS } from '../numbers/decimal-bounds.js';
import type { RankingEntry } from '../scoring/compare-rankings.js';
import { cellAt, markOf, type SheetData } from './sheet.js';

/** Header names of a ranking file (its columns, in English or Vietnamese), for finding the header row under a title block. */
export const isRankingHeader = (key: string): boolean => columnOf(key) !== undefined;

export function readRanking(sheet: SheetData, decimal: DecimalMark | undefined): { entries: RankingEntry[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const find = (test: (key: string) => boolean) => {
    const i = sheet.header.findIndex((h) => test(foldKey(h)));
    return i < 0 ? undefined : i;
  };
  const uc = find((k) => columnOf(k) === 'unit');
  const nc = find((k) => columnOf(k) === 'name');
  const rc = find((k) => columnOf(k) === 'rank');
  const ic = find((k) => columnOf(k) === 'index');
  const missing = [uc === undefined ? 'unit' : '', rc === undefined ? 'rank' : '', ic === undefined ? 'index' : ''].filter(Boolean);
  if (uc === undefined || rc === undefined || ic === undefined) {
    out.push(diag('SCORE_RANKING_COLUMN_MISSING', 'error', { file: sheet.file, line: sheet.headerLine }, { columns: missing.join(', ') }));
    return { entries: [], diagnostics: out };
  }
  const { mark, odd } = decideDecimal(sheet, [ic], decimal, out);

  const entries: RankingEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const { line, cells } = row;
    const unit = cells[uc] ?? '';
    if (unit === '') {
      if (cells.some((c) => c !== '')) out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, uc), {}));
      continue;
    }
    const first = seen.get(foldKey(unit));
    if (first !== undefined) {
      out.push(diag('SCORE_DUPLICATE_UNIT', 'error', cellAt(sheet, line, uc), { unit, firstLine: first }));
      continue;
    }
    seen.set(foldKey(unit), line);
    const entry: RankingEntry = { unit, name: nc === undefined ? '' : (cells[nc] ?? ''), places: 0, line };
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
      const value = parsed.ok && !parsed.percent ? Rational.parse(parsed.value) : undefined;
      const point = indexText.lastIndexOf(cellMark === 'comma' ? ',' : '.');
      const places = point < 0 ? 0 : indexText.length - point - 1;
      const column = sheet.header[ic] ?? 'index';
      // Shown as written in every row of the comparison: 100,000 decimals would make each row 300 KB.
      if (!parsed.ok && parsed.kind === 'out-of-bounds') out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', cellAt(sheet, line, ic), { text: indexText, column, ...outOfBounds(parsed.bound) }));
      else if (value && places > CELL_LIMITS.digits) out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', cellAt(sheet, line, ic), { text: indexText, column, bound: 'decimals', limit: CELL_LIMITS.digits }));
      else if (value) {
        entry.index = value;
        entry.places = places;
      } else out.push(diag('SCORE_RANKING_VALUE_INVALID', 'error', cellAt(sheet, line, ic), { text: indexText, column }));
    }
    entries.push(entry);
  }
  if (entries.length === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file }, {}));
  return { entries, diagnostics: out };
}
