// A long scores sheet: one row per cell (`unit`, `code`, `value`). A unit's name, group, ranked,
// bonus and penalty come as extra columns (on any of its rows) or as rows of their own (code
// `bonus`, `điểm thưởng`…), its note as a row (code `note`): a note column holds each cell's remark.
// Its subtotals and totals, as rows with their code, are checked.
import { COMPUTED_COLUMNS, columnOf, type Column, type ComputedColumn } from '../criteria/column-names.js';
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LeafValues } from '../scoring/leaf-values.js';
import { nearest } from '../text/edit-distance.js';
import { foldKey } from '../text/normalize.js';
import { isNumericComputed } from './check-computed.js';
import { cellKey, decideDecimal } from './decide-decimal.js';
import type { ReadScoresOptions, SheetRead } from './read-scores.js';
import type { Finding } from './finding.js';
import { remarkColumns } from './read-remarks.js';
import { inScope, isNumericLeaf, leafReaderCache, remarksOf, requiredSource, stopIfAmbiguous, takeReading, ZERO_POINTS } from './scores-common.js';
import { cellAt, markOf, type SheetData } from './sheet.js';
import { IDENTITY_COLUMNS, newDraft, setIdentity, withoutCrossDuplicates, type IdentityColumn, type UnitDraft } from './unit-draft.js';
import { unitKey } from '../scoring/unit-identity.js';

type Cols = Partial<Record<Column, number>>;

/** What a row's code names: a leaf, a subtotal, one of the unit's identity values, a result cchc computes, or nothing known. */
type RowCode =
  | { kind: 'leaf'; leaf: CriteriaNode }
  | { kind: 'parent'; node: CriteriaNode }
  | { kind: 'identity'; column: IdentityColumn }
  | { kind: 'computed'; column: ComputedColumn }
  | { kind: 'unknown' };

function rowCodeOf(byKey: Map<string, CriteriaNode>, opts: ReadScoresOptions): (code: string) => RowCode {
  return (code) => {
    const node = byKey.get(foldKey(code));
    if (node) return node.children.length > 0 ? { kind: 'parent', node } : inScope(node, opts.scope) ? { kind: 'leaf', leaf: node } : { kind: 'unknown' };
    const column = columnOf(code);
    if (IDENTITY_COLUMNS.includes(column as IdentityColumn)) return { kind: 'identity', column: column as IdentityColumn };
    if (COMPUTED_COLUMNS.includes(column as ComputedColumn)) return { kind: 'computed', column: column as ComputedColumn };
    return { kind: 'unknown' };
  };
}

/** The leaves an unknown code may mean: the same code typed loosely, else the nearest by one edit (several when tied). */
function suggestLeaves(code: string, byKey: Map<string, CriteriaNode>, leaves: readonly CriteriaNode[]): CriteriaNode[] {
  const loose = byKey.get(foldKey(code).replace(/^(tc|tiêu chí|tieu chi)\s*/u, '').replace(/,/g, '.').replace(/\.$/, ''));
  if (loose && loose.children.length === 0) return [loose];
  return nearest(foldKey(code), leaves, (l) => foldKey(l.code), 1).slice(0, 3);
}

export function readLong(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, cols: Cols, out: Diagnostic[]): SheetRead {
  const [uc, cc, vc] = [cols.unit as number, cols.code as number, cols.value as number];
  const byKey = new Map([...criteria.nodes.values()].map((n) => [foldKey(n.code), n]));
  const codeOf = rowCodeOf(byKey, opts);
  // A note column is each cell's remark (read-remarks.ts), not the unit's.
  const extra = IDENTITY_COLUMNS.filter((c) => c !== 'note' && cols[c] !== undefined).map((c): [IdentityColumn, number] => [c, cols[c] as number]);
  // The numbers that decide the decimal mark: values of numeric leaves, bonus/penalty and totals, and the bonus/penalty columns.
  const numeric = (r: RowCode) => (r.kind === 'leaf' ? isNumericLeaf(r.leaf) : r.kind === 'parent' || r.kind === 'unknown' || (r.kind === 'identity' ? r.column === 'bonus' || r.column === 'penalty' : isNumericComputed(r.column)));
  const rows = sheet.rows.map((r) => (numeric(codeOf(r.cells[cc] ?? '')) ? r : { line: r.line, cells: r.cells.map((c, k) => (k === vc ? '' : c)) }));
  const adjustments = extra.filter(([c]) => c === 'bonus' || c === 'penalty').map(([, col]) => col);
  const { mark, odd } = decideDecimal({ ...sheet, rows }, [vc, ...adjustments], opts.decimal, out);
  const stop = stopIfAmbiguous(out, mark);
  if (stop) return stop;
  const units = new Map<string, UnitDraft>();
  const readerOf = leafReaderCache();
  const rc = remarkColumns(cols);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const codes = new Set<string>();
  // (unit, leaf) pairs an unknown code was said to be: not reported missing as well.
  const claimed = new Set<string>();
  const candidates = criteria.leaves.filter((l) => inScope(l, opts.scope));
  const rowCount = { read: 0, leftOut: {} as { noUnit?: number; duplicate?: number } };
  const rowsOf = new Map<UnitDraft, number>();
  for (const row of sheet.rows) {
    const { line, cells } = row;
    const unit = cells[uc] ?? '';
    const code = cells[cc] ?? '';
    if (unit === '' && code === '') continue;
    rowCount.read++;
    if (unit === '') {
      rowCount.leftOut.noUnit = (rowCount.leftOut.noUnit ?? 0) + 1;
      out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, uc), {}));
      continue;
    }
    let draft = units.get(unitKey(unit));
    if (!draft) units.set(unitKey(unit), (draft = newDraft(unit, sheet.file, line, new LeafValues(criteria))));
    rowsOf.set(draft, (rowsOf.get(draft) ?? 0) + 1);
    const readable = odd.size === 0 ? () => true : (c: number) => !odd.has(cellKey(line, c));
    for (const [column, c] of extra) if (readable(c)) setIdentity(draft, column, cells[c] ?? '', cellAt(sheet, line, c), markOf(row, c, mark), out);
    const what = codeOf(code);
    const value = cells[vc] ?? '';
    if (what.kind === 'identity') {
      if (readable(vc)) setIdentity(draft, what.column, value, cellAt(sheet, line, vc), markOf(row, vc, mark), out);
      continue;
    }
    const key = `${draft.key}\u0000${foldKey(code)}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      rowCount.leftOut.duplicate = (rowCount.leftOut.duplicate ?? 0) + 1;
      rowsOf.set(draft, (rowsOf.get(draft) ?? 1) - 1);
      out.push(diag('SCORE_DUPLICATE_CELL', 'error', cellAt(sheet, line, cc), { unit, code, firstLine }));
      continue;
    }
    seen.set(key, line);
    // A code that is no node is reported below; its remark goes with it.
    if (what.kind === 'leaf' || what.kind === 'parent') remarksOf(rc, cells, sheet, line, draft.unit, what.kind === 'leaf' ? what.leaf.code : what.node.code, findings, out);
    if (what.kind === 'unknown') {
      const near = suggestLeaves(code, byKey, candidates);
      for (const l of near) claimed.add(`${draft.key}\u0000${l.code}`);
      out.push(diag('SCORE_UNKNOWN_CODE', 'error', cellAt(sheet, line, cc), near.length > 0 ? { code, suggestion: near.map((l) => l.code).join(' / ') } : { code }));
      continue;
    }
    if (!readable(vc)) continue;
    if (what.kind !== 'leaf') {
      const column = what.kind === 'parent' ? { node: what.node.code } : what.column;
      if (value !== '') (draft.computed ??= []).push({ column, text: value, loc: { ...cellAt(sheet, line, vc), header: code } });
      continue;
    }
    codes.add(what.leaf.code);
    takeReading(readerOf(what.leaf, markOf(row, vc, mark))(value), draft, what.leaf, cellAt(sheet, line, vc), out);
  }
  const drafts = withoutCrossDuplicates([...units.values()], sheet, uc, out);
  if (drafts.length < units.size) {
    const kept = new Set(drafts);
    for (const d of units.values()) if (!kept.has(d)) rowCount.leftOut.duplicate = (rowCount.leftOut.duplicate ?? 0) + (rowsOf.get(d) ?? 0);
  }
  const required = requiredSource(opts.scope);
  for (const d of drafts) {
    for (const leaf of criteria.leaves) {
      if (leaf.source !== required || d.values.has(leaf.code)) continue;
      if (opts.missing === 'zero') d.values.set(leaf.code, ZERO_POINTS);
      else if (!claimed.has(`${d.key}\u0000${leaf.code}`) && !seen.has(`${d.key}\u0000${foldKey(leaf.code)}`)) out.push(diag('SCORE_VALUE_MISSING', 'error', { file: sheet.file, line: d.line }, { unit: d.unit, code: leaf.code }));
    }
  }
  if (drafts.length === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file, line: sheet.headerLine }, {}));
  return { units: drafts, codes, mark, findings, rows: rowCount, diagnostics: out };
}
