// What the wide and the long readers of a scores sheet share: reading a cell into a unit, and
// which leaves a sheet holds.
import type { CriteriaNode } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { leafReader, type LeafReading, type LeafValue } from '../scoring/score-leaf.js';
import type { DecimalMark } from '../text/parse-number.js';
import type { LeafScope, SheetRead } from './read-scores.js';
import type { UnitDraft } from './unit-draft.js';
import type { Finding } from './finding.js';
import { readRemarks, type RemarkColumns } from './read-remarks.js';
import type { SheetData } from './sheet.js';

export const inScope = (leaf: CriteriaNode, scope: LeafScope): boolean => scope === 'all' || leaf.source === scope;

// Both decimal marks all over a file make every number suspect: the ambiguity, located, is the
// error to fix first, not one "not a number" per cell read with the wrong mark.
export const stopIfAmbiguous = (out: Diagnostic[], mark: DecimalMark): SheetRead | undefined =>
  out.some((d) => d.code === 'SCORE_DECIMAL_AMBIGUOUS') ? { units: [], codes: new Set(), mark, findings: [], diagnostics: out } : undefined;

/** A missing value under --missing zero: no evidence, no points. */
export const ZERO_POINTS: LeafValue = { kind: 'points', points: Rational.ZERO };

/** A cell's reading into the unit's values, or its problem (an error) at the cell; a warning besides. */
export function takeReading(r: LeafReading, draft: UnitDraft, leaf: CriteriaNode, at: Diagnostic['loc'], out: Diagnostic[]): void {
  if (!r.ok) return void out.push(diag(r.problem.code, 'error', at, r.problem.args as never));
  draft.values.set(leaf.code, r.value);
  if (r.warning) out.push(diag(r.warning.code, 'warning', at, r.warning.args));
}

/** The leaves a sheet must hold: appraisal leaves in a scores sheet, survey leaves in a survey-points sheet. */
export const requiredSource = (scope: LeafScope): 'appraisal' | 'survey' => (scope === 'survey' ? 'survey' : 'appraisal');

/** Numbers, not words: the leaves whose cells count when deciding a file's decimal mark. */
export const isNumericLeaf = (leaf: CriteriaNode): boolean => leaf.rule.type !== 'yesno' && leaf.rule.type !== 'levels';

/** A row's remarks, on the unit (wide) or on its cell's criterion (long), read as a findings sheet reads them. */
export function remarksOf(rc: RemarkColumns | undefined, cells: string[], sheet: SheetData, line: number, unit: string, code: string | undefined, into: Finding[], out: Diagnostic[]): void {
  if (!rc) return;
  for (const r of readRemarks(cells, rc, sheet, line, out)) into.push({ unit, ...(code === undefined ? {} : { code }), ...r, file: sheet.file, line });
}

/** Each leaf's reader per decimal mark (a workbook's number cells are read with a point, see markOf), made when first needed. */
export function leafReaderCache(): (leaf: CriteriaNode, mark: DecimalMark) => (text: string) => LeafReading {
  const readers = new Map<string, (text: string) => LeafReading>();
  return (leaf, mark) => {
    const key = `${mark}\u0000${leaf.code}`;
    let r = readers.get(key);
    if (!r) readers.set(key, (r = leafReader(leaf, mark)));
    return r;
  };
}
