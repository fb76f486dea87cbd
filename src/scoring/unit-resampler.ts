// One unit's index and tie-break values recomputed from a resample of its survey forms: within
// each respondent group as many forms as it has, drawn with replacement; then every survey leaf
// fed by forms by the set's rules (answer weights, ignored answers left out, the mean within each
// group combined by the shares renormalised over the groups that answered, whenNoAnswers), the
// rest of the unit (appraisal, survey points given as points, bonus, penalty) as scored. In
// floating point (a replicate is a draw, not a published number); the point estimate stays exact.
import type { CriteriaNode, CriteriaSet, SurveySpec } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';
import type { ScoreContext, UnitInput } from './score-unit.js';
import { scaledWeights } from './survey-tally.js';
import { formsByGroup, type UnitForms } from './unit-forms.js';
import type { Draw } from './unit-random.js';

/** Where a unit's interval comes from: its forms resampled, survey points (no sampling error), or no survey. */
export type IntervalBasis = 'forms' | 'points' | 'none';

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

export class UnitResampler {
  readonly basis: IntervalBasis;
  /** The exact values the published ranking used (rankingValues). */
  readonly exact: Rational[];
  /** The values of the last replicate drawn (the exact ones, as floating point, before any). */
  readonly values: Float64Array;
  /** The values less the form-fed leaves' points: [total, ...tie-break values]. */
  private readonly fixed: Float64Array;
  private fixedMax = 0;
  // The form-fed leaves: position in the forms' layout, max, and per tie-break key whether the
  // leaf is under its node (leaf-major). Typed arrays: this is the hot loop of a replicate.
  private readonly leafAt: Int32Array;
  private readonly leafMax: Float64Array;
  private readonly under: Uint8Array;
  private readonly exclude: boolean = false;
  /** Per form (form-major, L per form): valid answers and their weights' sum. */
  private valid = new Float64Array(0);
  private weight = new Float64Array(0);
  private L = 0;
  /** Per group: its forms (positions), sorted by content. */
  private groups: Int32Array[] = [];
  private shares?: Float64Array;
  private den = 1;
  /** The sums of a sample, per group and layout leaf. */
  private n = new Float64Array(0);
  private s = new Float64Array(0);

  constructor(criteria: CriteriaSet, readonly unit: RankedUnit, input: UnitInput | undefined, ctx: ScoreContext) {
    this.exact = rankingValues(criteria, unit);
    const keys = criteria.ranking.tieBreak.map((k) => (k === 'appraisal' ? new Set<string>() : leavesUnder(criteria.nodes.get(k))));
    const spec = criteria.survey;
    const forms = input?.forms;
    const surveyLeaves = criteria.leaves.filter((l) => l.source === 'survey');
    // The form-fed leaves' exact points and maxima come out of the fixed part of every value.
    let fixedPoints = unit.total;
    let fixedMax = unit.max;
    const fixedTie = this.exact.slice(1);
    const fed: { l: number; max: number; under: boolean[] }[] = [];
    if (spec && forms && forms.size > 0 && ctx.surveyGiven && unit.index) {
      for (const leaf of surveyLeaves) {
        const l = forms.layout.leaves.indexOf(leaf.code);
        if (l < 0 || input?.values.get(leaf.code)) continue;
        const score = unit.nodes.get(leaf.code) ?? { points: Rational.ZERO, max: Rational.ZERO };
        fixedPoints = fixedPoints.sub(score.points);
        fixedMax = fixedMax.sub(score.max);
        keys.forEach((under, j) => under.has(leaf.code) && (fixedTie[j] = (fixedTie[j] as Rational).sub(score.points)));
        fed.push({ l, max: leaf.max.toNumber(), under: keys.map((under) => under.has(leaf.code)) });
      }
    }
    this.leafAt = Int32Array.from(fed, (f) => f.l);
    this.leafMax = Float64Array.from(fed, (f) => f.max);
    this.under = Uint8Array.from(fed.flatMap((f) => f.under.map(Number)));
    this.fixed = Float64Array.from([fixedPoints, ...fixedTie], (r) => r.toNumber());
    this.values = Float64Array.from(this.exact, (r) => r.toNumber());
    if (fed.length > 0 && forms && spec) {
      this.basis = 'forms';
      this.exclude = spec.whenNoAnswers === 'exclude';
      this.readForms(forms, spec);
      this.fixedMax = fixedMax.toNumber();
    } else {
      const anyPoints = ctx.surveyGiven && surveyLeaves.some((l) => input?.values.get(l.code));
      this.basis = anyPoints ? 'points' : 'none';
    }
  }

  private readForms(forms: UnitForms, spec: SurveySpec): void {
    const L = (this.L = forms.layout.leaves.length);
    const G = forms.layout.groups.length;
    this.valid = Float64Array.from(forms.valid);
    this.weight = Float64Array.from(forms.weight);
    this.n = new Float64Array(G * L);
    this.s = new Float64Array(G * L);
    this.den = Number(scaledWeights(spec).den);
    if (spec.groups) this.shares = Float64Array.from(forms.layout.groups, (g) => spec.groups?.get(g)?.share.toNumber() ?? 0);
    this.groups = formsByGroup(forms);
  }

  /** Draws one replicate into `values`. Only for a unit whose basis is 'forms'. */
  resample(draw: Draw): void {
    const { n, s, valid, weight, L } = this;
    n.fill(0);
    s.fill(0);
    for (let g = 0; g < this.groups.length; g++) {
      const list = this.groups[g] as Int32Array;
      const count = list.length;
      const base = g * L;
      for (let k = 0; k < count; k++) {
        const at = (list[draw(count)] as number) * L;
        for (let l = 0; l < L; l++) {
          n[base + l] = (n[base + l] as number) + (valid[at + l] as number);
          s[base + l] = (s[base + l] as number) + (weight[at + l] as number);
        }
      }
    }
    this.evaluate();
  }

  /** The values from the sums: each form-fed leaf's mean, points and applicable maximum. */
  private evaluate(): void {
    const { values: v, n, s, L, den, shares, leafAt, leafMax, under } = this;
    v.set(this.fixed);
    const K = v.length - 1;
    const G = this.groups.length;
    let max = this.fixedMax;
    for (let i = 0; i < leafAt.length; i++) {
      const l = leafAt[i] as number;
      let mean = NaN;
      if (shares) {
        let weighted = 0;
        let total = 0;
        for (let g = 0; g < G; g++) {
          const count = n[g * L + l] as number;
          const share = shares[g] as number;
          if (count === 0 || share === 0) continue;
          weighted += share * ((s[g * L + l] as number) / (den * count));
          total += share;
        }
        if (total > 0) mean = weighted / total;
      } else {
        let count = 0;
        let sum = 0;
        for (let g = 0; g < G; g++) (count += n[g * L + l] as number), (sum += s[g * L + l] as number);
        if (count > 0) mean = sum / (den * count);
      }
      // No valid answer in this draw: as whenNoAnswers says, 0 points, or out of the maximum.
      const answered = mean === mean;
      const points = answered ? (leafMax[i] as number) * mean : 0;
      if (answered || !this.exclude) max += leafMax[i] as number;
      v[0] = (v[0] as number) + points;
      for (let j = 0; j < K; j++) if (under[i * K + j]) v[j + 1] = (v[j + 1] as number) + points;
    }
    // values[0] held the total: the index is total ÷ max × 100 (none when nothing applies).
    v[0] = max > 0 ? ((v[0] as number) / max) * 100 : NaN;
  }
}
