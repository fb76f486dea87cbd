// Two published rankings side by side: units matched by code or name as every sheet names them
// (unit-identity.ts): a table of names meets cchc's ranking of codes through the names the latter
// carries. A unit in one file only (a merged or new commune) keeps an empty other side, and the
// units of each file that match nothing are listed in a warning; two files without a unit in
// common are an error. Index changes are exact differences of the published decimals.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rational } from '../numbers/rational.js';
import { closestUnits } from './find-unit.js';
import { unitKey, unitLabel, UnitDirectory } from './unit-identity.js';

/** One unit of a ranking table: its rank, its published index as written, where it is in the file. */
export interface RankingEntry {
  unit: string;
  name: string;
  /** The table has a code column besides the names: `unit` is a code. */
  coded?: boolean;
  rank?: number;
  index?: Rational;
  /** Digits after the decimal mark in the index as written: the precision it was published with. */
  places: number;
  line: number;
}

export interface ComparedUnit {
  unit: string;
  name: string;
  before?: RankingEntry;
  after?: RankingEntry;
  /** before − after: positive means the unit moved up. Only when ranked in both. */
  rankChange?: number;
  indexChange?: Rational;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rankKey = (e: RankingEntry | undefined): number => e?.rank ?? Number.POSITIVE_INFINITY;

/** The row's unit and name: a code where either file has one (the after file's first), and a name. */
function identity(a: RankingEntry, b: RankingEntry | undefined): { unit: string; name: string } {
  if (a.coded || !b?.coded) return { unit: a.unit, name: a.name || b?.name || '' };
  return { unit: b.unit, name: b.name || a.unit };
}

/** Rows in the after file's rank order (unranked after), then the units only in the before file by their old rank. */
export function compareRankings(before: readonly RankingEntry[], after: readonly RankingEntry[], files: { before: string; after: string } = { before: '', after: '' }): { rows: ComparedUnit[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const directory = new UnitDirectory(before.map((e) => ({ unit: e.unit, name: e.name, e })));
  const matched = new Set<RankingEntry>();
  const rows: ComparedUnit[] = [];
  const lonely: RankingEntry[] = [];
  for (const a of after) {
    let r = directory.resolve(a.unit);
    if (r.kind === 'none' && a.name !== '') r = directory.resolve(a.name);
    if (r.kind === 'ambiguous') out.push(diag('SCORE_UNIT_AMBIGUOUS', 'error', { file: files.after, line: a.line }, { unit: a.unit, units: r.units.map(unitLabel).join(', '), otherFile: files.before, count: 1, lines: String(a.line) }));
    const b = r.kind === 'found' && !matched.has(r.unit.e) ? r.unit.e : undefined;
    if (b) matched.add(b);
    else if (r.kind !== 'ambiguous') lonely.push(a);
    const row: ComparedUnit = { ...identity(a, b), after: a };
    if (b) {
      row.before = b;
      if (a.rank !== undefined && b.rank !== undefined) row.rankChange = b.rank - a.rank;
      if (a.index && b.index) row.indexChange = a.index.sub(b.index);
    }
    rows.push(row);
  }
  const gone = before.filter((b) => !matched.has(b));
  if (before.length > 0 && after.length > 0 && matched.size === 0) out.push(diag('SCORE_COMPARE_NO_MATCH', 'error', { file: files.after }, { before: files.before, after: files.after }));
  else {
    unmatchedWarning(lonely, gone, files.after, files.before, out);
    unmatchedWarning(gone, lonely, files.before, files.after, out);
  }
  const order = (side: 'before' | 'after') => (x: ComparedUnit, y: ComparedUnit) => rankKey(x[side]) - rankKey(y[side]) || byText(unitKey(x.unit), unitKey(y.unit));
  const goneRows = gone.map((b): ComparedUnit => ({ unit: b.unit, name: b.name, before: b }));
  return { rows: [...rows.sort(order('after')), ...goneRows.sort(order('before'))], diagnostics: out };
}

/** The units of one file that match none of the other, each with the closest unmatched one of the other (a spelling?). */
function unmatchedWarning(units: readonly RankingEntry[], others: readonly RankingEntry[], file: string, otherFile: string, out: Diagnostic[]): void {
  if (units.length === 0) return;
  const listed = units.map((u) => {
    const near = closestUnits(others, u.unit, 1)[0] ?? (u.name ? closestUnits(others, u.name, 1)[0] : undefined);
    return `${unitLabel(u)}${near ? ` ≈ ${unitLabel(near)}` : ''}`;
  });
  out.push(diag('SCORE_COMPARE_UNMATCHED', 'warning', { file }, { count: units.length, units: listed.join(', '), otherFile }));
}
