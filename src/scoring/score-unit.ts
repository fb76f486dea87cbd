// One unit's points up the tree: leaf points by rule and N/A policy, survey leaves from points
// or answer tallies, sums per node over the applicable leaves, adjustments, total and index.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational, RationalSum } from '../numbers/rational.js';
import { nodeIndex, NodeScores, type NodeScore } from './node-scores.js';
import type { LeafValue } from './score-leaf.js';
import { leafMean, type AnswerTally } from './survey-tally.js';

export interface UnitInput {
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  note: string;
  /** Appraisal leaves, and survey leaves given as points. */
  values: Map<string, LeafValue>;
  /** Raw survey answers counted for this unit. */
  tally?: AnswerTally;
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
  survey: Rational;
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

// Units share the reading of a repeated cell (see leafReader): they share its leaf score too.
const shared = new WeakMap<CriteriaNode, WeakMap<LeafValue, NodeScore>>();

function pointsScore(leaf: CriteriaNode, value: LeafValue & { kind: 'points' }): NodeScore {
  let byValue = shared.get(leaf);
  if (!byValue) shared.set(leaf, (byValue = new WeakMap()));
  let score = byValue.get(value);
  if (!score) byValue.set(value, (score = { points: value.points, max: leaf.max }));
  return score;
}

function leafScore(criteria: CriteriaSet, leaf: CriteriaNode, input: UnitInput, ctx: ScoreContext): NodeScore {
  const value = leaf.source === 'survey' ? scoreSurveyLeaf(criteria, leaf, input, ctx) : input.values.get(leaf.code);
  if (!value) return leaf.source === 'survey' ? NONE : { points: Rational.ZERO, max: leaf.max };
  if (value.kind === 'points') return leaf.source === 'survey' ? { points: value.points, max: leaf.max } : pointsScore(leaf, value);
  switch (leaf.whenNotApplicable) {
    case 'full':
      return { points: leaf.max, max: leaf.max };
    case 'zero':
      return { points: Rational.ZERO, max: leaf.max };
    default:
      return NONE;
  }
}

/** The node's own max or zero instead of an equal copy: thousands of units keep their scores. */
const shareable = (r: Rational, max: Rational): Rational => (r.eq(max) ? max : r.sign() === 0 ? Rational.ZERO : r);

export function scoreUnit(criteria: CriteriaSet, input: UnitInput, ctx: ScoreContext): UnitScore {
  const nodes: NodeScore[] = [];
  const appraisalSum = new RationalSum();
  const surveySum = new RationalSum();
  const walk = (node: CriteriaNode): NodeScore => {
    let score: NodeScore;
    if (node.children.length === 0) {
      score = leafScore(criteria, node, input, ctx);
      (node.source === 'survey' ? surveySum : appraisalSum).add(score.points);
    } else {
      const points = new RationalSum();
      const max = new RationalSum();
      // Usually every leaf applies: each child's max is then its own, and so is this node's,
      // so the maxima are only added up from the first child that lost some.
      let full = true;
      node.children.forEach((child, i) => {
        const c = walk(child);
        points.add(c.points);
        if (full && c.max !== child.max) {
          full = false;
          for (const before of node.children.slice(0, i)) max.add(before.max);
        }
        if (!full) max.add(c.max);
      });
      score = { points: shareable(points.value(), node.max), max: full ? node.max : shareable(max.value(), node.max) };
    }
    nodes.push(score); // in nodeIndex order: children before their parent
    return score;
  };
  const maxSum = new RationalSum();
  for (const field of criteria.fields) maxSum.add(walk(field).max);
  const max = maxSum.value();
  const appraisal = appraisalSum.value();
  const survey = surveySum.value();
  const { bonusMax, penaltyMax } = criteria.adjustments;
  const bonus = bonusMax ? input.bonus.min(bonusMax) : Rational.ZERO;
  const penalty = penaltyMax ? input.penalty.min(penaltyMax) : Rational.ZERO;
  const total = appraisal.add(survey).add(bonus).sub(penalty);
  const result: UnitScore = {
    unit: input.unit, name: input.name, group: input.group, ranked: input.ranked, note: input.note,
    appraisal, survey, bonus, penalty, total, max, nodes: new NodeScores(nodeIndex(criteria), nodes),
  };
  if (max.sign() > 0) result.index = total.div(max).mul(Rational.HUNDRED);
  return result;
}
