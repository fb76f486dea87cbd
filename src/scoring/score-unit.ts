// One unit's points up the tree: leaf points by rule and N/A policy, survey leaves from points
// or answer tallies, sums per node over the applicable leaves, adjustments, total and index.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { LeafValue } from './score-leaf.js';
import { surveyMean, type UnitTally } from './survey-tally.js';

export interface UnitInput {
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  note: string;
  /** Appraisal leaves, and survey leaves given as points. */
  values: Map<string, LeafValue>;
  /** Raw survey answers counted for this unit. */
  tally?: UnitTally;
  bonus: Rational;
  penalty: Rational;
}

/** A node's points and applicable maximum; max 0 means no leaf under it applies to the unit. */
export interface NodeScore {
  points: Rational;
  max: Rational;
}

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
  nodes: Map<string, NodeScore>;
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
  const mean = spec ? surveyMean(spec, input.tally?.get(leaf.code)) : undefined;
  if (mean) return { kind: 'points', points: leaf.max.mul(mean) };
  return spec?.whenNoAnswers === 'exclude' ? undefined : { kind: 'points', points: Rational.ZERO };
}

function leafScore(criteria: CriteriaSet, leaf: CriteriaNode, input: UnitInput, ctx: ScoreContext): NodeScore {
  const value = leaf.source === 'survey' ? scoreSurveyLeaf(criteria, leaf, input, ctx) : input.values.get(leaf.code);
  if (!value) return leaf.source === 'survey' ? NONE : { points: Rational.ZERO, max: leaf.max };
  if (value.kind === 'points') return { points: value.points, max: leaf.max };
  switch (leaf.whenNotApplicable) {
    case 'full':
      return { points: leaf.max, max: leaf.max };
    case 'zero':
      return { points: Rational.ZERO, max: leaf.max };
    default:
      return NONE;
  }
}

export function scoreUnit(criteria: CriteriaSet, input: UnitInput, ctx: ScoreContext): UnitScore {
  const nodes = new Map<string, NodeScore>();
  let appraisal = Rational.ZERO;
  let survey = Rational.ZERO;
  const walk = (node: CriteriaNode): NodeScore => {
    let score: NodeScore;
    if (node.children.length === 0) {
      score = leafScore(criteria, node, input, ctx);
      if (node.source === 'survey') survey = survey.add(score.points);
      else appraisal = appraisal.add(score.points);
    } else {
      score = node.children.map(walk).reduce((s, c) => ({ points: s.points.add(c.points), max: s.max.add(c.max) }), NONE);
    }
    nodes.set(node.code, score);
    return score;
  };
  const max = criteria.fields.map(walk).reduce((s, f) => s.add(f.max), Rational.ZERO);
  const { bonusMax, penaltyMax } = criteria.adjustments;
  const bonus = bonusMax ? input.bonus.min(bonusMax) : Rational.ZERO;
  const penalty = penaltyMax ? input.penalty.min(penaltyMax) : Rational.ZERO;
  const total = appraisal.add(survey).add(bonus).sub(penalty);
  const result: UnitScore = {
    unit: input.unit, name: input.name, group: input.group, ranked: input.ranked, note: input.note,
    appraisal, survey, bonus, penalty, total, max, nodes,
  };
  if (max.sign() > 0) result.index = total.div(max).mul(Rational.HUNDRED);
  return result;
}
