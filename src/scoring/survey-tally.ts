// Raw questionnaire answers, counted as they stream: per unit, survey leaf and respondent group,
// how many times each answer was given. Counting keeps memory flat in the number of forms and
// lets the mean be computed exactly at the end.
import type { SurveySpec } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';

/** answer key → count, per group key ('' without groups), per leaf code. */
export type LeafTally = Map<string, Map<string, number>>;
export type UnitTally = Map<string, LeafTally>;

export function addAnswer(unit: UnitTally, leafCode: string, groupKey: string, answerKey: string): void {
  let leaf = unit.get(leafCode);
  if (!leaf) unit.set(leafCode, (leaf = new Map()));
  let group = leaf.get(groupKey);
  if (!group) leaf.set(groupKey, (group = new Map()));
  group.set(answerKey, (group.get(answerKey) ?? 0) + 1);
}

/**
 * The mean answer weight of a leaf: pooled over all valid answers, or with groups, the mean
 * within each group combined by the groups' shares, renormalised over the groups that answered.
 * Undefined when no valid answer was given.
 */
export function surveyMean(spec: SurveySpec, tally: LeafTally | undefined): Rational | undefined {
  if (!tally) return undefined;
  const groupMean = (counts: Map<string, number>): Rational | undefined => {
    let n = 0;
    let sum = Rational.ZERO;
    for (const [answer, count] of counts) {
      const a = spec.answers.get(answer);
      if (!a || count === 0) continue;
      n += count;
      sum = sum.add(a.weight.mul(Rational.int(count)));
    }
    return n === 0 ? undefined : sum.div(Rational.int(n));
  };
  if (!spec.groups) {
    const pooled = new Map<string, number>();
    for (const counts of tally.values()) for (const [a, c] of counts) pooled.set(a, (pooled.get(a) ?? 0) + c);
    return groupMean(pooled);
  }
  let weighted = Rational.ZERO;
  let shares = Rational.ZERO;
  for (const [groupKey, counts] of tally) {
    const share = spec.groups.get(groupKey)?.share;
    const mean = groupMean(counts);
    if (!share || !mean) continue;
    weighted = weighted.add(share.mul(mean));
    shares = shares.add(share);
  }
  return shares.sign() === 0 ? undefined : weighted.div(shares);
}
