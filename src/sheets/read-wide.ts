// A wide scores sheet: one row per unit, a column per leaf, the identity columns (name, group,
// note, ranked, bonus, penalty) and, as council workbooks have them, the council's own results
// (total, index, band, rank, subtotals), kept to be checked against cchc's.
import { COMPUTED_COLUMNS, columnOf, type Column, type ComputedColumn } from '../criteria/column-names.js';
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LeafValues } from '../scoring/leaf-values.js';
import { foldKey } from '../text/normalize.js';
import { isNumericComputed, type ComputedCell } from './check-computed.js';
import { classifyHeaders } from './classify-headers.js';
import { cellKey, decideDecimal } from './decide-decimal.js';
import type { ReadScoresOptions, SheetRead } from './read-scores.js';
import type { Finding } from './finding.js';
import { remarkColumns } from './read-remarks.js';
import { isNumericLeaf, leafReaderCache, remarksOf, requiredSource, stopIfAmbiguous, takeReading, ZERO_POINTS } from './scores-common.js';
import { cellAt, markOf, type SheetData } from './sheet.js';
import { findTitlesRow } from './titles-row.js';
import { IDENTITY_COLUMNS, newDraft, setIdentity, withoutCrossDuplicates, type IdentityColumn, type UnitDraft } from './unit-draft.js';

type Cols = Partial<Record<Column, number>>;

/** `Xếp hạng` is "ranked" (yes/no) by the contract; holding ranks (2, 3, 15…) it is the council's rank column. */
function holdsRanks(sheet: SheetData, col: number | undefined): boolean {
  if (col === undefined || !['xếp hạng', 'xep hang'].includes(foldKey(sheet.header[col] ?? ''))) return false;
  return sheet.rows.some((r) => /^\s*([2-9]|\d{2,})\s*$/.test(r.cells[col] ?? ''));
}

/** Every column of the council's own results (total, index… and the subtotals of `parents`), each said once. */
function computedColumns(sheet: SheetData, cols: Cols, parents: Map<number, CriteriaNode>, out: Diagnostic[]): { col: number; column: ComputedCell['column'] }[] {
  const found: { col: number; column: ComputedCell['column'] }[] = [];
  sheet.header.forEach((header, col) => {
    const column = columnOf(header);
    const asRank = column === 'ranked' && col === cols.ranked && holdsRanks(sheet, col);
    if (!asRank && !COMPUTED_COLUMNS.includes(column as ComputedColumn)) return;
    found.push({ col, column: asRank ? 'rank' : (column as ComputedColumn) });
    out.push(diag('SCORE_COMPUTED_COLUMN', 'info', cellAt(sheet, sheet.headerLine, col), { header }));
  });
  for (const [col, node] of parents) found.push({ col, column: { node: node.code } });
  return found;
}

export function readWide(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, cols: Cols, out: Diagnostic[]): SheetRead {
  const { leafCols, parentCols, claimed } = classifyHeaders(sheet, criteria, opts.scope, out);
  const computed = computedColumns(sheet, cols, parentCols, out);
  const identity = IDENTITY_COLUMNS.filter((c) => cols[c] !== undefined && !computed.some((x) => x.col === cols[c])).map((c): [IdentityColumn, number] => [c, cols[c] as number]);
  const numericCols = [
    ...[...leafCols].filter(([, leaf]) => isNumericLeaf(leaf)).map(([c]) => c),
    ...identity.filter(([c]) => c === 'bonus' || c === 'penalty').map(([, col]) => col),
    ...computed.filter((x) => typeof x.column === 'object' || isNumericComputed(x.column)).map((x) => x.col),
  ];
  const { mark, odd } = decideDecimal(sheet, numericCols, opts.decimal, out);
  const stop = stopIfAmbiguous(out, mark);
  if (stop) return stop;
  // A leaf whose title is its code cannot tell a title from a value.
  const titles = findTitlesRow(sheet, new Map([...leafCols].filter(([, l]) => l.title !== l.code).map(([c, l]) => [c, l.title])));
  if (titles !== undefined) out.push(diag('SCORE_TITLES_ROW_SKIPPED', 'warning', { file: sheet.file, line: titles }, {}));
  const units = new Map<string, UnitDraft>();
  const unitCol = cols.unit as number;
  const readerOf = leafReaderCache();
  const rc = remarkColumns(cols);
  const findings: Finding[] = [];
  const rows = { read: 0, leftOut: {} as { noUnit?: number; duplicate?: number } };
  for (const row of sheet.rows) {
    const { line, cells } = row;
    if (line === titles) continue;
    const unit = cells[unitCol] ?? '';
    if (unit === '') {
      if (!cells.some((c) => c !== '')) continue;
      rows.read++;
      rows.leftOut.noUnit = (rows.leftOut.noUnit ?? 0) + 1;
      out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, unitCol), {}));
      continue;
    }
    rows.read++;
    const draft = newDraft(unit, sheet.file, line, new LeafValues(criteria));
    const first = units.get(draft.key);
    if (first) {
      rows.leftOut.duplicate = (rows.leftOut.duplicate ?? 0) + 1;
      out.push(diag('SCORE_DUPLICATE_UNIT', 'error', cellAt(sheet, line, unitCol), { unit, firstLine: first.line }));
      continue;
    }
    units.set(draft.key, draft);
    // A cell with the other decimal mark has its own error: it is not read as well.
    const readable = odd.size === 0 ? () => true : (c: number) => !odd.has(cellKey(line, c));
    for (const [column, c] of identity) if (readable(c)) setIdentity(draft, column, cells[c] ?? '', cellAt(sheet, line, c), markOf(row, c, mark), out);
    remarksOf(rc, cells, sheet, line, draft.unit, undefined, findings, out);
    for (const { col, column } of computed) {
      const text = cells[col] ?? '';
      if (text !== '' && readable(col)) (draft.computed ??= []).push({ column, text, loc: { ...cellAt(sheet, line, col), header: sheet.header[col] ?? '' } });
    }
    for (const [c, leaf] of leafCols) {
      const text = cells[c] ?? '';
      if (!readable(c)) continue;
      if (text === '' && leaf.rule.type !== 'yesno') {
        if (opts.missing === 'zero') draft.values.set(leaf.code, ZERO_POINTS);
        else out.push(diag('SCORE_VALUE_MISSING', 'error', cellAt(sheet, line, c), { unit, code: leaf.code }));
        continue;
      }
      takeReading(readerOf(leaf, markOf(row, c, mark))(text), draft, leaf, cellAt(sheet, line, c), out);
    }
  }
  const codes = new Set([...leafCols.values()].map((l) => l.code));
  const drafts = withoutCrossDuplicates([...units.values()], sheet, unitCol, out);
  if (drafts.length < units.size) rows.leftOut.duplicate = (rows.leftOut.duplicate ?? 0) + units.size - drafts.length;
  requireLeaves(sheet, criteria, opts, codes, claimed, drafts, out);
  if (drafts.length === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file, line: sheet.headerLine }, {}));
  return { units: drafts, codes, mark, findings, rows, diagnostics: out };
}

/** Leaves without a column: an error listing them (those a near-miss column was said to be apart), or 0 points under --missing zero. */
function requireLeaves(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, codes: Set<string>, claimed: Set<string>, units: UnitDraft[], out: Diagnostic[]): void {
  const required = requiredSource(opts.scope);
  const missing = criteria.leaves.filter((leaf) => leaf.source === required && !codes.has(leaf.code));
  if (missing.length === 0) return;
  if (opts.missing === 'zero') for (const u of units) for (const leaf of missing) u.values.set(leaf.code, ZERO_POINTS);
  const unsaid = missing.filter((l) => !claimed.has(l.code));
  if (opts.missing !== 'zero' && unsaid.length > 0) out.push(diag('SCORE_COLUMN_MISSING', 'error', { file: sheet.file, line: sheet.headerLine }, { codes: unsaid.map((l) => l.code).join(', '), count: unsaid.length }));
}
