// What the replicates of `cchc score --uncertainty` are computed from, worked out once: per unit,
// the exact values it is ranked on, the part of them no resample changes (appraisal, survey
// points given as points, bonus, penalty), its form-fed survey leaves, and its forms' per-leaf
// contributions (valid answers and the sum of their weights, per form) laid out by respondent
// group in drawing order. Plain numbers and typed arrays only, so that the plan can be handed to
// another thread as it is; draw-replicates.ts computes replicates from it.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';
import type { ScoreContext, UnitInput } from './score-unit.js';
import { scaledWeights } from './survey-tally.js';
import { formsByGroup, type UnitForms } from './unit-forms.js';
import { unitSeed } from './unit-random.js';

/** Where a unit's interval comes from: its forms resampled, survey points (no sampling error), or no survey. */
export type IntervalBasis = 'forms' | 'points' | 'none';
export const BASES: readonly IntervalBasis[] = ['forms', 'points', 'none'];

export interface UncertaintyPlan {
  units: number;
  replicates: number;
  /** 10^precision: replicates are kept as published integers of 10^-precision. */
  scale: number;
  /** Ranked on published values (else on exact ones, as floating point). */
  published: boolean;
  /** Values per unit: the index, then each tie-break key's. */
  keys: number;
  /** Per key: whether some unit's resamples change it (else it is kept once per unit). */
  varies: Uint8Array;
  /** Per unit: its basis, as a position in BASES. */
  basis: Uint8Array;
  /** Per unit and key: the exact value as a number. */
  exact: Float64Array;
  /** Per unit and key: the value less its form-fed leaves' points; per unit the maximum less theirs. */
  fixed: Float64Array;
  fixedMax: Float64Array;
  /** Per unit: its draws' seed (unit-random.ts). */
  seed: Int32Array;
  /** The form-fed leaves of unit u are leafStart[u] … leafStart[u + 1] − 1: position in its layout, max, and per tie-break key whether the leaf is under it. */
  leafStart: Int32Array;
  leafAt: Int32Array;
  leafMax: Float64Array;
  under: Uint8Array;
  /** Per unit: its layout's leaves. */
  layoutLeaves: Int32Array;
  /** The respondent groups of unit u are groupStart[u] … groupStart[u + 1] − 1: forms in each, and its share (NaN: groups have no shares). */
  groupStart: Int32Array;
  groupForms: Int32Array;
  groupShare: Float64Array;
  /** Scaled weights are integers over `den` (scaledWeights). */
  den: number;
  exclude: boolean;
  /**
   * Unit u's forms start at dataStart[u] in `data`, group after group, each group's forms in
   * drawing order (formsByGroup). With pack[u] = M > 0, a form holds per leaf weight × M + valid
   * (exact: M exceeds any sum of valid answers a group's resample can reach, and every sum stays
   * below 2^53), so a draw adds L numbers; with pack[u] = 0, the L valid counts then the L weights.
   */
  dataStart: Float64Array;
  pack: Float64Array;
  data: Float64Array;
  /** The ranked units (positions), sorted by ranking group; per position where its group starts. */
  members: Int32Array;
  memberGroupStart: Int32Array;
}

/** The exact values the unit is ranked on: its index, then each tie-break key's. */
export function rankingValues(criteria: CriteriaSet, u: RankedUnit): Rational[] {
  const tie = criteria.ranking.tieBreak.map((k) => (k === 'appraisal' ? u.appraisal : (u.nodes.get(k)?.points ?? Rational.ZERO)));
  return [u.index ?? Rational.ZERO, ...tie];
}

function leavesUnder(node: CriteriaNode | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (n: CriteriaNode): void => (n.children.length === 0 ? void out.add(n.code) : n.children.forEach(walk));
  if (node) walk(node);
  return out;
}

interface UnitPart {
  basis: IntervalBasis;
  exact: Rational[];
  fixed: Rational[];
  fixedMax: Rational;
  fed: { l: number; max: number; under: boolean[] }[];
  forms?: UnitForms;
}

/** One unit: which survey leaves its forms feed, and the values less those leaves' points. */
function unitPart(criteria: CriteriaSet, unit: RankedUnit, input: UnitInput | undefined, ctx: ScoreContext, keySets: Set<string>[]): UnitPart {
  const exact = rankingValues(criteria, unit);
  const spec = criteria.survey;
  const forms = input?.forms;
  const surveyLeaves = criteria.leaves.filter((l) => l.source === 'survey');
  let fixedPoints = unit.total;
  let fixedMax = unit.max;
  const fixedTie = exact.slice(1);
  const fed: UnitPart['fed'] = [];
  if (spec && forms && forms.size > 0 && ctx.surveyGiven && unit.index) {
    for (const leaf of surveyLeaves) {
      const l = forms.layout.leaves.indexOf(leaf.code);
      if (l < 0 || input?.values.get(leaf.code)) continue;
      const score = unit.nodes.get(leaf.code) ?? { points: Rational.ZERO, max: Rational.ZERO };
      fixedPoints = fixedPoints.sub(score.points);
      fixedMax = fixedMax.sub(score.max);
      keySets.forEach((under, j) => under.has(leaf.code) && (fixedTie[j] = (fixedTie[j] as Rational).sub(score.points)));
      fed.push({ l, max: leaf.max.toNumber(), under: keySets.map((under) => under.has(leaf.code)) });
    }
  }
  const part = { exact, fixed: [fixedPoints, ...fixedTie], fixedMax, fed };
  if (fed.length > 0 && forms) return { ...part, basis: 'forms', forms };
  const anyPoints = ctx.surveyGiven && surveyLeaves.some((l) => input?.values.get(l.code));
  return { ...part, basis: anyPoints ? 'points' : 'none' };
}

/** The power of two M for packing a unit's forms (see UncertaintyPlan.data), or 0 when the sums would not stay exact. */
function packScale(forms: UnitForms, groups: readonly Int32Array[]): number {
  let valid = 0;
  let weight = 0;
  for (let i = 0; i < forms.valid.length; i++) {
    const v = forms.valid[i] as number;
    const w = forms.weight[i] as number;
    if (v < 0 || w < 0) return 0;
    valid = Math.max(valid, v);
    weight = Math.max(weight, w);
  }
  const most = Math.max(...groups.map((g) => g.length));
  const m = 2 ** Math.ceil(Math.log2(most * valid + 1));
  return most * (weight * m + valid) < 2 ** 53 ? m : 0;
}

/** The plan of a run; its forms' data in a buffer from `buffer` (a SharedArrayBuffer: threads read it without a copy). */
export function planUncertainty(
  criteria: CriteriaSet,
  units: readonly RankedUnit[],
  inputs: readonly UnitInput[],
  ctx: ScoreContext,
  opts: { replicates: number; seed: number },
  buffer: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): UncertaintyPlan {
  const U = units.length;
  const K = criteria.ranking.tieBreak.length;
  const keySets = criteria.ranking.tieBreak.map((k) => (k === 'appraisal' ? new Set<string>() : leavesUnder(criteria.nodes.get(k))));
  const inputOf = new Map(inputs.map((i) => [i.unit, i]));
  const parts = units.map((u) => unitPart(criteria, u, inputOf.get(u.unit), ctx, keySets));
  const spec = criteria.survey;
  const plan: UncertaintyPlan = {
    units: U, replicates: opts.replicates, scale: 10 ** criteria.precision, published: criteria.ranking.on !== 'exact', keys: K + 1,
    varies: new Uint8Array(K + 1), basis: new Uint8Array(U), exact: new Float64Array(U * (K + 1)), fixed: new Float64Array(U * (K + 1)),
    fixedMax: new Float64Array(U), seed: new Int32Array(U), leafStart: new Int32Array(U + 1), leafAt: new Int32Array(0), leafMax: new Float64Array(0),
    under: new Uint8Array(0), layoutLeaves: new Int32Array(U), groupStart: new Int32Array(U + 1), groupForms: new Int32Array(0),
    groupShare: new Float64Array(0), den: spec ? Number(scaledWeights(spec).den) : 1, exclude: spec?.whenNoAnswers === 'exclude',
    dataStart: new Float64Array(U + 1), pack: new Float64Array(U), data: new Float64Array(0), members: new Int32Array(0), memberGroupStart: new Int32Array(0),
  };
  const leafAt: number[] = [];
  const leafMax: number[] = [];
  const under: number[] = [];
  const groupForms: number[] = [];
  const groupShare: number[] = [];
  const blocks: { u: number; forms: UnitForms; groups: Int32Array[]; pack: number }[] = [];
  let size = 0;
  parts.forEach((part, u) => {
    plan.basis[u] = BASES.indexOf(part.basis);
    part.exact.forEach((r, j) => (plan.exact[u * (K + 1) + j] = r.toNumber()));
    part.fixed.forEach((r, j) => (plan.fixed[u * (K + 1) + j] = r.toNumber()));
    plan.fixedMax[u] = part.fixedMax.toNumber();
    plan.dataStart[u] = size;
    const forms = part.forms;
    if (forms && spec) {
      plan.seed[u] = unitSeed(opts.seed, (units[u] as RankedUnit).unit);
      plan.varies[0] = 1;
      for (const f of part.fed) {
        leafAt.push(f.l);
        leafMax.push(f.max);
        f.under.forEach((x, j) => (under.push(Number(x)), x && (plan.varies[j + 1] = 1)));
      }
      const L = (plan.layoutLeaves[u] = forms.layout.leaves.length);
      const groups = formsByGroup(forms);
      for (const g of forms.layout.groups) groupShare.push(spec.groups ? (spec.groups.get(g)?.share.toNumber() ?? 0) : NaN);
      for (const list of groups) groupForms.push(list.length);
      const pack = packScale(forms, groups);
      blocks.push({ u, forms, groups, pack });
      plan.pack[u] = pack;
      size += forms.size * (pack > 0 ? L : 2 * L);
    }
    plan.leafStart[u + 1] = leafAt.length;
    plan.groupStart[u + 1] = groupForms.length;
  });
  plan.dataStart[U] = size;
  Object.assign(plan, { leafAt: Int32Array.from(leafAt), leafMax: Float64Array.from(leafMax), under: Uint8Array.from(under) });
  Object.assign(plan, { groupForms: Int32Array.from(groupForms), groupShare: Float64Array.from(groupShare), data: new Float64Array(buffer(size * 8)) });
  for (const { u, forms, groups, pack } of blocks) writeForms(plan.data, plan.dataStart[u] as number, forms, groups, pack);
  rankingOrder(criteria, units, plan);
  return plan;
}

/** A unit's forms into the plan's data, group after group in drawing order, packed or not. */
function writeForms(data: Float64Array, start: number, forms: UnitForms, groups: readonly Int32Array[], pack: number): void {
  const L = forms.layout.leaves.length;
  let at = start;
  for (const list of groups) {
    for (const f of list) {
      for (let l = 0; l < L; l++) {
        const valid = forms.valid[f * L + l] as number;
        const weight = forms.weight[f * L + l] as number;
        if (pack > 0) data[at + l] = weight * pack + valid;
        else (data[at + l] = valid), (data[at + L + l] = weight);
      }
      at += pack > 0 ? L : 2 * L;
    }
  }
}

const cmpText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The ranked units in ranking groups (ranks restart with each), as rankReplicate reads them. */
function rankingOrder(criteria: CriteriaSet, units: readonly RankedUnit[], plan: UncertaintyPlan): void {
  const groupOf = (u: number) => (criteria.ranking.byGroup ? (units[u] as RankedUnit).group : '');
  const ranked = units.flatMap((u, i) => (u.rank === undefined ? [] : [i]));
  ranked.sort((a, b) => cmpText(groupOf(a), groupOf(b)) || a - b);
  plan.members = Int32Array.from(ranked);
  plan.memberGroupStart = new Int32Array(ranked.length);
  ranked.forEach((u, i) => (plan.memberGroupStart[i] = i > 0 && groupOf(ranked[i - 1] as number) === groupOf(u) ? (plan.memberGroupStart[i - 1] as number) : i));
}
