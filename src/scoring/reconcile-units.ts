// The units' self-assessment against the appraisal, leaf by leaf, after each leaf's rule and
// not-applicable policy: the council sees where the appraisal changed a unit's own score.
// A leaf excluded as not applicable has no points on that side; it counts as 0 in every
// change and total, so a unit's changes add up to appraised − self appraisal points.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { UnitDirectory } from './unit-identity.js';
import type { UnitScore } from './score-unit.js';

export interface ReconcileRow {
  leaf: CriteriaNode;
  /** The top-level field the leaf belongs to. */
  field: CriteriaNode;
  /** Undefined where the leaf was excluded as not applicable. */
  self?: Rational;
  appraised?: Rational;
  change: Rational;
}

/** A top-level field's appraisal points on each side (not applicable counts as 0). */
export interface ReconciledField {
  field: CriteriaNode;
  self: Rational;
  appraised: Rational;
}

export interface ReconciledUnit {
  unit: string;
  name: string;
  /** Appraisal points (leaves only, no survey, bonus or penalty) on each side. */
  self: Rational;
  appraised: Rational;
  change: Rational;
  /** The sum of |change| over the leaves: how much the appraisal moved this unit. */
  adjustment: Rational;
  rows: ReconcileRow[];
  /** Fields holding appraisal leaves, in tree order. */
  fields: ReconciledField[];
}

export interface ReconcileFiles {
  self: string;
  appraised: string;
}

/** A unit as scored, with the line it came from (for messages about units in one file only). */
export interface LocatedScore {
  score: UnitScore;
  /** Its file, when the side came in several (else the side's file). */
  file?: string;
  line?: number;
}

const abs = (r: Rational): Rational => (r.sign() < 0 ? r.neg() : r);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const at = (file: string, line: number | undefined) => (line === undefined ? { file } : { file, line });

function pointsOf(u: UnitScore, leaf: CriteriaNode): Rational | undefined {
  const s = u.nodes.get(leaf.code);
  return s && s.max.sign() > 0 ? s.points : undefined;
}

function fieldsByLeaf(criteria: CriteriaSet): Map<string, CriteriaNode> {
  const out = new Map<string, CriteriaNode>();
  const walk = (n: CriteriaNode, field: CriteriaNode): void => {
    if (n.children.length === 0) out.set(n.code, field);
    for (const c of n.children) walk(c, field);
  };
  for (const f of criteria.fields) walk(f, f);
  return out;
}

/** One unit's changed leaves: points differ, or the leaf applies on one side only. */
export function reconcileUnit(criteria: CriteriaSet, self: UnitScore, appraised: UnitScore): ReconciledUnit {
  const fieldOf = fieldsByLeaf(criteria);
  const rows: ReconcileRow[] = [];
  const fields = new Map<CriteriaNode, ReconciledField>();
  let adjustment = Rational.ZERO;
  for (const leaf of criteria.leaves) {
    if (leaf.source !== 'appraisal') continue;
    const field = fieldOf.get(leaf.code) ?? leaf;
    const s = pointsOf(self, leaf);
    const a = pointsOf(appraised, leaf);
    const f = fields.get(field) ?? { field, self: Rational.ZERO, appraised: Rational.ZERO };
    fields.set(field, { field, self: f.self.add(s ?? Rational.ZERO), appraised: f.appraised.add(a ?? Rational.ZERO) });
    if (s === undefined && a === undefined) continue;
    if (s !== undefined && a !== undefined && s.eq(a)) continue;
    const change = (a ?? Rational.ZERO).sub(s ?? Rational.ZERO);
    adjustment = adjustment.add(abs(change));
    const row: ReconcileRow = { leaf, field, change };
    if (s !== undefined) row.self = s;
    if (a !== undefined) row.appraised = a;
    rows.push(row);
  }
  const name = appraised.name || self.name;
  return { unit: appraised.unit, name, self: self.appraisal, appraised: appraised.appraisal, change: appraised.appraisal.sub(self.appraisal), adjustment, rows, fields: [...fields.values()] };
}

/**
 * Every unit of both files, matched by code or name (unit-identity.ts); a unit in one
 * file only is an error. Units come out with the largest adjustment first, then by unit.
 */
export function reconcileUnits(criteria: CriteriaSet, self: readonly LocatedScore[], appraised: readonly LocatedScore[], files: ReconcileFiles): { units: ReconciledUnit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // The self-assessment's units found by code or name, as every sheet names them.
  const directory = new UnitDirectory(self.map((s) => ({ unit: s.score.unit, name: s.score.name, s })));
  const matched = new Set<LocatedScore>();
  const units: ReconciledUnit[] = [];
  for (const a of appraised) {
    const s = (directory.find(a.score.unit) ?? (a.score.name ? directory.find(a.score.name) : undefined))?.s;
    if (!s || matched.has(s)) {
      diagnostics.push(diag('SCORE_UNIT_ONLY_IN', 'error', at(a.file ?? files.appraised, a.line), { unit: a.score.unit, otherFile: files.self }));
      continue;
    }
    matched.add(s);
    units.push(reconcileUnit(criteria, s.score, a.score));
  }
  for (const s of self) {
    if (!matched.has(s)) diagnostics.push(diag('SCORE_UNIT_ONLY_IN', 'error', at(s.file ?? files.self, s.line), { unit: s.score.unit, otherFile: files.appraised }));
  }
  units.sort((x, y) => y.adjustment.cmp(x.adjustment) || byText(x.unit, y.unit));
  return { units, diagnostics };
}
