// One unit's points up the tree: leaf points by rule and N/A policy, survey leaves from points
// or answer tallies, sums per node over the applicable leaves, adjustments, total and index.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational, RationalSum } from '../numbers/rational.js';
import { NodeScores, shareable, type NodeScore } from './node-scores.js';
import { LeafValues, type LeafValueMap } from './leaf-values.js';
import type { LeafValue } from './score-leaf.js';
import { leafMean, type AnswerTally } from './survey-tally.js';
import { componentIndex } from './component-index.js';
import type { UnitForms } from './unit-forms.js';

export interface UnitInput {
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  note: string;
  /** Appraisal leaves, and survey leaves given as points. */
  values: LeafValueMap;
  /** Raw survey answers counted for this unit. */
  tally?: AnswerTally;
  /** The same answers form by form, when kept for resampling (--uncertainty). */
  forms?: UnitForms;
  bonus: Rational;
  penalty: Rational;
}

export type { NodeScore } from './node-scores.js';

export interface UnitScore {
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  note: string;
  appraisal: Rational;
  /** Undefined when the set has survey criteria and no survey was given (not 0: nothing was measured). */
  survey?: Rational;
  bonus: Rational;
  penalty: Rational;
  total: Rational;
  max: Rational;
  /** total ÷ max × 100, exact; undefined when nothing applies. */
  index?: Rational;
  /** Every node's score by code (a NodeScores: one array per unit, read like a Map). */
  nodes: ReadonlyMap<string, NodeScore>;
}

export interface ScoreContext {
  /** False when no survey was given at all: survey leaves then leave the maximum. */
  surveyGiven: boolean;
}

const NONE: NodeScore = { points: Rational.ZERO, max: Rational.ZERO };

function scoreSurveyLeaf(criteria: CriteriaSet, leaf: CriteriaNode, input: UnitInput, ctx: ScoreContext): LeafValue | undefined {
  if (!ctx.surveyGiven) return undefined;
  const given = input.values.get(leaf.code);
  if (given) return given;
  const spec = criteria.survey;
  const mean = spec ? leafMean(spec, input.tally, leaf.code) : undefined;
  if (mean) return { kind: 'points', points: leaf.max.mul(mean) };
  return spec?.whenNoAnswers === 'exclude' ? undefined : { kind: 'points', points: Rational.ZERO };
}

// Units share the reading of a repeated cell (see leafReader): they share its leaf score too,
// kept per leaf (by its position in criteria.leaves).
const shared = new WeakMap<CriteriaSet, WeakMap<LeafValue, NodeScore>[]>();

function pointsScore(byValue: WeakMap<LeafValue, NodeScore>, leaf: CriteriaNode, value: LeafValue & { kind: 'points' }): NodeScore {
  let score = byValue.get(value);
  if (!score) byValue.set(value, (score = { points: value.points, max: leaf.max }));
  return score;
}

function leafScore(criteria: CriteriaSet, i: number, input: UnitInput, ctx: ScoreContext, byValue: WeakMap<LeafValue, NodeScore>): NodeScore {
  const leaf = criteria.leaves[i] as CriteriaNode;
  const values = input.values;
  const value =
    leaf.source === 'survey'
      ? scoreSurveyLeaf(criteria, leaf, input, ctx)
      : values instanceof LeafValues && values.criteria === criteria
        ? values.atLeaf(i)
        : values.get(leaf.code);
  if (!value) return leaf.source === 'survey' ? NONE : { points: Rational.ZERO, max: leaf.max };
  if (value.kind === 'points') {
    if (leaf.source === 'survey') return { points: value.points, max: leaf.max };
    // A value read for this leaf is its score already; another (a shared zero) gets one per leaf.
    return value.max === leaf.max ? (value as NodeScore) : pointsScore(byValue, leaf, value);
  }
  switch (leaf.whenNotApplicable) {
    case 'full':
      return { points: leaf.max, max: leaf.max };
    case 'zero':
      return { points: Rational.ZERO, max: leaf.max };
    default:
      return NONE;
  }
}

const surveyLeaves = new WeakMap<CriteriaSet, boolean>();
/** Whether the set has survey criteria at all: without them the survey part is 0, given or not. */
export function hasSurveyLeaves(criteria: CriteriaSet): boolean {
  let has = surveyLeaves.get(criteria);
  if (has === undefined) surveyLeaves.set(criteria, (has = criteria.leaves.some((l) => l.source === 'survey')));
  return has;
}

/** Per criteria set: the top-level field of each leaf, each field's leaves, and which fields hold both sources. */
interface FieldLayout {
  fieldOf: Int32Array;
  leavesOf: number[][];
  /** 'appraisal' or 'survey' when all of a field's leaves are; 'mixed' otherwise. */
  kind: ('appraisal' | 'survey' | 'mixed')[];
}
const fieldLayouts = new WeakMap<CriteriaSet, FieldLayout>();

function fieldLayoutOf(criteria: CriteriaSet): FieldLayout {
  let layout = fieldLayouts.get(criteria);
  if (layout) return layout;
  const leafAt = new Map(criteria.leaves.map((leaf, i) => [leaf, i]));
  const fieldOf = new Int32Array(criteria.leaves.length);
  const leavesOf = criteria.fields.map((field, f) => {
    const under: number[] = [];
    const walk = (n: CriteriaNode): void => (n.children.length === 0 ? void under.push(leafAt.get(n) as number) : n.children.forEach(walk));
    walk(field);
    under.sort((a, b) => a - b);
    for (const i of under) fieldOf[i] = f;
    return under;
  });
  const kind = leavesOf.map((under) => {
    const sources = new Set(under.map((i) => (criteria.leaves[i] as CriteriaNode).source));
    return sources.size === 1 ? ([...sources][0] as 'appraisal' | 'survey') : 'mixed';
  });
  fieldLayouts.set(criteria, (layout = { fieldOf, leavesOf, kind }));
  return layout;
}

export function scoreUnit(criteria: CriteriaSet, input: UnitInput, ctx: ScoreContext): UnitScore {
  // The leaves are scored here, and added up per top-level field (the fields' scores then serve
  // the unit's totals and every report); a deeper parent's score is made when read (NodeScores).
  // The unit's maximum is the sum of its leaves' applicable maxima, as it is of its fields'.
  let byLeaf = shared.get(criteria);
  if (!byLeaf) shared.set(criteria, (byLeaf = criteria.leaves.map(() => new WeakMap())));
  const cache = byLeaf;
  const leaves = criteria.leaves.map((_, i) => leafScore(criteria, i, input, ctx, cache[i] as WeakMap<LeafValue, NodeScore>));
  const { fieldOf, leavesOf, kind } = fieldLayoutOf(criteria);
  const fieldSums = criteria.fields.map(() => new RationalSum());
  const fieldMaxSums: (RationalSum | undefined)[] = [];
  const appraisalSum = new RationalSum();
  const surveySum = new RationalSum();
  criteria.leaves.forEach((leaf, i) => {
    const score = leaves[i] as NodeScore;
    const f = fieldOf[i] as number;
    (fieldSums[f] as RationalSum).add(score.points);
    if (kind[f] === 'mixed') (leaf.source === 'survey' ? surveySum : appraisalSum).add(score.points);
    // A field's maximum is added up only from its first leaf that does not apply: else its own.
    if (score.max !== leaf.max && !fieldMaxSums[f]) {
      const fieldMax = (fieldMaxSums[f] = new RationalSum());
      for (const j of leavesOf[f] as number[]) if (j < i) fieldMax.add((criteria.leaves[j] as CriteriaNode).max);
    }
    fieldMaxSums[f]?.add(score.max);
  });
  // The unit's maximum: the set's total when every leaf applies, else the fields' maxima added up.
  const maxSum = fieldMaxSums.some(Boolean) ? new RationalSum() : undefined;
  const fields = criteria.fields.map((field, f): NodeScore => {
    const points = (fieldSums[f] as RationalSum).value();
    if (kind[f] !== 'mixed') (kind[f] === 'survey' ? surveySum : appraisalSum).add(points);
    const fieldMax = fieldMaxSums[f];
    const score = { points: shareable(points, field.max), max: fieldMax ? shareable(fieldMax.value(), field.max) : field.max };
    maxSum?.add(score.max);
    return score;
  });
  const max = maxSum ? maxSum.value() : criteria.total;
  const appraisal = appraisalSum.value();
  const survey = surveySum.value();
  const { bonusMax, penaltyMax } = criteria.adjustments;
  const bonus = bonusMax ? input.bonus.min(bonusMax) : Rational.ZERO;
  const penalty = penaltyMax ? input.penalty.min(penaltyMax) : Rational.ZERO;
  const total = appraisal.add(survey).add(bonus).sub(penalty);
  const result: UnitScore = {
    unit: input.unit, name: input.name, group: input.group, ranked: input.ranked, note: input.note,
    appraisal, bonus, penalty, total, max, nodes: new NodeScores(criteria, leaves, fields),
  };
  if (ctx.surveyGiven || !hasSurveyLeaves(criteria)) result.survey = survey;
  const index = componentIndex(total, max);
  if (index) result.index = index;
  return result;
}
