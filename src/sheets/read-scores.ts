// A scores sheet (wide: a row per unit; long: a row per cell) → unit drafts, with every problem
// located to file, line, column and header. Also reads survey points given per unit.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { LeafReading, LeafValue } from '../scoring/score-leaf.js';
import { LeafValues } from '../scoring/leaf-values.js';
import { leafReader } from '../scoring/score-leaf.js';
import { foldKey } from '../text/normalize.js';
import { findColumns, type Column } from '../criteria/column-names.js';
import { decideDecimal } from './decide-decimal.js';
import { classifyHeaders } from './classify-headers.js';
import type { DecimalMark } from '../text/parse-number.js';
import { cellAt, markOf, type MissingPolicy, type SheetData, type SheetRow } from './sheet.js';
import { newDraft, readAdjustment, readRanked, type UnitDraft } from './unit-draft.js';
import type { Finding } from './finding.js';
import { readRemarks, remarkColumns, type RemarkColumns } from './read-remarks.js';

export type LeafScope = 'all' | 'appraisal' | 'survey';

export interface ReadScoresOptions {
  decimal?: DecimalMark;
  missing: MissingPolicy;
  /** Which leaves this sheet may hold. */
  scope: LeafScope;
}

export interface ScoresRead {
  units: UnitDraft[];
  /** Leaf codes the sheet holds (columns in wide form, codes seen in long form). */
  codes: Set<string>;
  /** The line of the sheet's header, where problems with its columns are located. */
  headerLine: number;
  /** The decimal mark its numbers were read with (what-if values are read with it too). */
  mark: DecimalMark;
  /** The remarks of its remark columns: per unit in a wide sheet, per cell in a long one. */
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export const inScope = (leaf: CriteriaNode, scope: LeafScope): boolean => scope === 'all' || leaf.source === scope;

export function readScores(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions): ScoresRead {
  const cols = findColumns(sheet.header);
  const out: Diagnostic[] = [];
  if (cols.unit === undefined) {
    out.push(diag('SCORE_NO_UNIT_COLUMN', 'error', { file: sheet.file, line: sheet.headerLine }, { columns: sheet.header.join(', ') }));
    return { units: [], codes: new Set(), headerLine: sheet.headerLine, mark: opts.decimal ?? 'dot', findings: [], diagnostics: out };
  }
  const long = cols.code !== undefined && cols.value !== undefined;
  const read = long ? readLong(sheet, criteria, opts, cols, out) : readWide(sheet, criteria, opts, cols, out);
  return { ...read, headerLine: sheet.headerLine };
}

type Read = Omit<ScoresRead, 'headerLine'>;
// Both decimal marks in one file make every number suspect: the ambiguity, located, is the error
// to fix first, not one "not a number" per cell read with the wrong mark.
const stopIfAmbiguous = (out: Diagnostic[], mark: DecimalMark): Read | undefined =>
  out.some((d) => d.code === 'SCORE_DECIMAL_AMBIGUOUS') ? { units: [], codes: new Set(), mark, findings: [], diagnostics: out } : undefined;

// A missing value under --missing zero: no evidence, no points.
const ZERO_POINTS: LeafValue = { kind: 'points', points: Rational.ZERO };

type Cols = Partial<Record<Column, number>>;

/** A cell's reading into the unit's values, or its problem (an error) at the cell; a warning besides. */
function takeReading(r: LeafReading, draft: UnitDraft, leaf: CriteriaNode, at: Diagnostic['loc'], out: Diagnostic[]): void {
  if (!r.ok) return void out.push(diag(r.problem.code, 'error', at, r.problem.args as never));
  draft.values.set(leaf.code, r.value);
  if (r.warning) out.push(diag(r.warning.code, 'warning', at, r.warning.args));
}

/** Identity and adjustment columns of one row into a draft (new or existing). A long sheet's note is its cell's, not the unit's. */
function readIdentity(d: UnitDraft, row: SheetRow, cols: Cols, sheet: SheetData, mark: DecimalMark, out: Diagnostic[], long = false): void {
  const { cells, line } = row;
  const get = (c: number | undefined) => (c === undefined ? '' : (cells[c] ?? ''));
  if (cols.name !== undefined && get(cols.name)) d.name = get(cols.name);
  if (cols.group !== undefined && get(cols.group)) d.group = get(cols.group);
  if (!long && cols.note !== undefined && get(cols.note)) d.note = get(cols.note);
  if (cols.ranked !== undefined) d.ranked = readRanked(get(cols.ranked), sheet, line, cols.ranked, out);
  if (cols.bonus !== undefined) d.bonus = readAdjustment(get(cols.bonus), 'bonus', markOf(row, cols.bonus, mark), sheet, line, cols.bonus, out);
  if (cols.penalty !== undefined) d.penalty = readAdjustment(get(cols.penalty), 'penalty', markOf(row, cols.penalty, mark), sheet, line, cols.penalty, out);
}

function readWide(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, cols: Cols, out: Diagnostic[]): Read {
  const leafCols = classifyHeaders(sheet, criteria, opts.scope, out);
  const numericCols = [...leafCols].filter(([, leaf]) => leaf.rule.type !== 'yesno' && leaf.rule.type !== 'levels').map(([c]) => c);
  for (const c of [cols.bonus, cols.penalty]) if (c !== undefined) numericCols.push(c);
  const mark = decideDecimal(sheet, numericCols, opts.decimal, out);
  const stop = stopIfAmbiguous(out, mark);
  if (stop) return stop;
  const units = new Map<string, UnitDraft>();
  // A workbook's number cells are read with a point (see SheetRow.numbers): a second reader, made when first needed.
  const columns = [...leafCols].map(([c, leaf]) => ({ c, leaf, read: leafReader(leaf, mark), readDot: undefined as ((text: string) => LeafReading) | undefined }));
  const rc = remarkColumns(cols);
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const { line, cells } = row;
    const unit = cells[cols.unit as number] ?? '';
    if (unit === '') {
      if (cells.some((c) => c !== '')) out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, cols.unit as number), {}));
      continue;
    }
    const draft = newDraft(unit, sheet.file, line, new LeafValues(criteria));
    const first = units.get(draft.key);
    if (first) {
      out.push(diag('SCORE_DUPLICATE_UNIT', 'error', cellAt(sheet, line, cols.unit as number), { unit, firstLine: first.line }));
      continue;
    }
    units.set(draft.key, draft);
    readIdentity(draft, row, cols, sheet, mark, out);
    remarksOf(rc, cells, sheet, line, draft.unit, undefined, findings, out);
    for (const column of columns) {
      const { c, leaf } = column;
      const text = cells[c] ?? '';
      if (text === '' && leaf.rule.type !== 'yesno') {
        if (opts.missing === 'zero') draft.values.set(leaf.code, ZERO_POINTS);
        else out.push(diag('SCORE_VALUE_MISSING', 'error', cellAt(sheet, line, c), { unit, code: leaf.code }));
        continue;
      }
      const r = row.numbers?.has(c) && mark !== 'dot' ? (column.readDot ??= leafReader(leaf, 'dot'))(text) : column.read(text);
      takeReading(r, draft, leaf, cellAt(sheet, line, c), out);
    }
  }
  const codes = new Set([...leafCols.values()].map((l) => l.code));
  requireLeaves(sheet, criteria, opts, codes, [...units.values()], out);
  if (units.size === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file, line: sheet.headerLine }, {}));
  return { units: [...units.values()], codes, mark, findings, diagnostics: out };
}

/** A row's remarks, on the unit (wide) or on its cell's criterion (long), read as a findings sheet reads them. */
function remarksOf(rc: RemarkColumns | undefined, cells: string[], sheet: SheetData, line: number, unit: string, code: string | undefined, into: Finding[], out: Diagnostic[]): void {
  if (!rc) return;
  for (const r of readRemarks(cells, rc, sheet, line, out)) into.push({ unit, ...(code === undefined ? {} : { code }), ...r, file: sheet.file, line });
}

/** Leaves the sheet must hold: appraisal leaves in a scores sheet, survey leaves in a survey-points sheet. */
function requireLeaves(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, codes: Set<string>, units: UnitDraft[], out: Diagnostic[]): void {
  const required = opts.scope === 'survey' ? 'survey' : 'appraisal';
  const missing = criteria.leaves.filter((leaf) => leaf.source === required && !codes.has(leaf.code));
  if (missing.length === 0) return;
  if (opts.missing === 'zero') for (const u of units) for (const leaf of missing) u.values.set(leaf.code, ZERO_POINTS);
  else out.push(diag('SCORE_COLUMN_MISSING', 'error', { file: sheet.file, line: sheet.headerLine }, { codes: missing.map((l) => l.code).join(', '), count: missing.length }));
}

function readLong(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions, cols: Cols, out: Diagnostic[]): Read {
  const [uc, cc, vc] = [cols.unit as number, cols.code as number, cols.value as number];
  const leafOf = (code: string) => {
    const node = criteria.nodes.get(code.trim());
    return node && node.children.length === 0 && inScope(node, opts.scope) ? node : undefined;
  };
  const numeric = (r: { cells: string[] }) => {
    const leaf = leafOf(r.cells[cc] ?? '');
    return !leaf || (leaf.rule.type !== 'yesno' && leaf.rule.type !== 'levels');
  };
  const mark = decideDecimal({ ...sheet, rows: sheet.rows.filter(numeric) }, [vc], opts.decimal, out);
  const stop = stopIfAmbiguous(out, mark);
  if (stop) return stop;
  const units = new Map<string, UnitDraft>();
  const readers = new Map<string, (text: string) => LeafReading>();
  const readerOf = (leaf: CriteriaNode, m: DecimalMark) => {
    const key = `${m}\u0000${leaf.code}`;
    return readers.get(key) ?? (readers.set(key, leafReader(leaf, m)).get(key) as (text: string) => LeafReading);
  };
  const seen = new Map<string, number>();
  const codes = new Set<string>();
  const rc = remarkColumns(cols);
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const { line, cells } = row;
    const unit = cells[uc] ?? '';
    const code = cells[cc] ?? '';
    if (unit === '' && code === '') continue;
    if (unit === '') {
      out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, uc), {}));
      continue;
    }
    let draft = units.get(foldKey(unit));
    if (!draft) units.set(foldKey(unit), (draft = newDraft(unit, sheet.file, line, new LeafValues(criteria))));
    readIdentity(draft, row, cols, sheet, mark, out, true);
    const key = `${draft.key}\u0000${code}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      out.push(diag('SCORE_DUPLICATE_CELL', 'error', cellAt(sheet, line, cc), { unit, code, firstLine }));
      continue;
    }
    seen.set(key, line);
    // A code that is no node is reported below; its remark goes with it.
    const node = criteria.nodes.get(code.trim());
    if (node) remarksOf(rc, cells, sheet, line, draft.unit, node.code, findings, out);
    const leaf = leafOf(code);
    if (!leaf) {
      const node = criteria.nodes.get(code);
      if (node && node.children.length > 0) out.push(diag('SCORE_PARENT_CODE', 'warning', cellAt(sheet, line, cc), { code }));
      else out.push(diag('SCORE_UNKNOWN_CODE', 'error', cellAt(sheet, line, cc), { code }));
      continue;
    }
    codes.add(leaf.code);
    takeReading(readerOf(leaf, markOf(row, vc, mark))(cells[vc] ?? ''), draft, leaf, cellAt(sheet, line, vc), out);
  }
  const drafts = [...units.values()];
  const required = opts.scope === 'survey' ? 'survey' : 'appraisal';
  for (const d of drafts) {
    for (const leaf of criteria.leaves) {
      if (leaf.source !== required || d.values.has(leaf.code)) continue;
      if (opts.missing === 'zero') d.values.set(leaf.code, ZERO_POINTS);
      else out.push(diag('SCORE_VALUE_MISSING', 'error', { file: sheet.file, line: d.line }, { unit: d.unit, code: leaf.code }));
    }
  }
  if (drafts.length === 0) out.push(diag('SCORE_NO_UNITS', 'error', { file: sheet.file, line: sheet.headerLine }, {}));
  return { units: drafts, codes, mark, findings, diagnostics: out };
}
