// Raw questionnaire answers, counted as they stream: per unit, survey leaf and respondent group,
// how many times each answer was given. Counting keeps memory flat in the number of forms and
// lets the mean be computed exactly at the end.
import type { SurveySpec } from '../criteria/model.js';
import { Rational, RationalSum } from '../numbers/rational.js';

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

/** What the scoring reads of a unit's answers: a UnitTally, or AnswerCounts. */
export interface AnswerTally {
  get(leafCode: string): LeafTally | undefined;
}

/** Which leaf, group and answer each count of an AnswerCounts is; shared by every unit. */
export interface CountLayout {
  leaves: readonly string[];
  groups: readonly string[];
  answers: readonly string[];
}

/**
 * A unit's answers counted in one flat array (leaf × group × answer): a national survey keeps
 * 10,000 of these, where tally maps would take four times the memory. get() gives the leaf's
 * tally as addAnswer would have built it, made on demand.
 */
export class AnswerCounts implements AnswerTally {
  readonly counts: Uint32Array;

  constructor(readonly layout: CountLayout) {
    this.counts = new Uint32Array(layout.leaves.length * layout.groups.length * layout.answers.length);
  }

  private means?: { spec: SurveySpec; byLeaf: Map<string, Rational | undefined> };

  add(leaf: number, group: number, answer: number): void {
    const at = (leaf * this.layout.groups.length + group) * this.layout.answers.length + answer;
    this.counts[at] = (this.counts[at] as number) + 1;
    this.means = undefined;
  }

  /** surveyMean of a leaf, computed once: the merge checks it, the scoring uses it. */
  mean(spec: SurveySpec, leafCode: string): Rational | undefined {
    if (this.means?.spec !== spec) this.means = { spec, byLeaf: new Map() };
    const { byLeaf } = this.means;
    if (byLeaf.has(leafCode)) return byLeaf.get(leafCode);
    const mean = surveyMean(spec, this.get(leafCode));
    byLeaf.set(leafCode, mean);
    return mean;
  }

  get(leafCode: string): LeafTally | undefined {
    const { leaves, groups, answers } = this.layout;
    const l = leaves.indexOf(leafCode);
    if (l < 0) return undefined;
    let tally: LeafTally | undefined;
    for (let g = 0; g < groups.length; g++) {
      for (let a = 0; a < answers.length; a++) {
        const n = this.counts[(l * groups.length + g) * answers.length + a] as number;
        if (n === 0) continue;
        tally ??= new Map();
        let group = tally.get(groups[g] as string);
        if (!group) tally.set(groups[g] as string, (group = new Map()));
        group.set(answers[a] as string, n);
      }
    }
    return tally;
  }
}

/** The mean of one leaf's answers in a unit's tally (see surveyMean). */
export function leafMean(spec: SurveySpec, tally: AnswerTally | undefined, leafCode: string): Rational | undefined {
  return tally instanceof AnswerCounts ? tally.mean(spec, leafCode) : surveyMean(spec, tally?.get(leafCode));
}

/**
 * The mean answer weight of a leaf: pooled over all valid answers, or with groups, the mean
 * within each group combined by the groups' shares, renormalised over the groups that answered.
 * Undefined when no valid answer was given.
 */
export function surveyMean(spec: SurveySpec, tally: LeafTally | undefined): Rational | undefined {
  return tally ? computeMean(spec, tally) : undefined;
}

function computeMean(spec: SurveySpec, tally: LeafTally): Rational | undefined {
  const { den, weights } = scaledWeights(spec);
  // Σ weight × count over one common denominator, divided once: no gcd per answer.
  const groupMean = (counts: Map<string, number>): Rational | undefined => {
    let n = 0;
    let sum = 0n;
    for (const [answer, count] of counts) {
      const w = weights.get(answer);
      if (w === undefined || count === 0) continue;
      n += count;
      sum += w * BigInt(count);
    }
    return n === 0 ? undefined : Rational.of(sum, den * BigInt(n));
  };
  if (!spec.groups) {
    const pooled = new Map<string, number>();
    for (const counts of tally.values()) for (const [a, c] of counts) pooled.set(a, (pooled.get(a) ?? 0) + c);
    return groupMean(pooled);
  }
  const weighted = new RationalSum();
  const shares = new RationalSum();
  for (const [groupKey, counts] of tally) {
    const share = spec.groups.get(groupKey)?.share;
    const mean = groupMean(counts);
    if (!share || !mean) continue;
    weighted.add(share.mul(mean));
    shares.add(share);
  }
  const total = shares.value();
  return total.sign() === 0 ? undefined : weighted.value().div(total);
}

const scaled = new WeakMap<SurveySpec, { den: bigint; weights: Map<string, bigint> }>();

/** Each answer's weight as a numerator over the lcm of the weights' denominators. */
function scaledWeights(spec: SurveySpec): { den: bigint; weights: Map<string, bigint> } {
  let w = scaled.get(spec);
  if (!w) {
    let den = 1n;
    for (const a of spec.answers.values()) den = lcm(den, a.weight.den);
    w = { den, weights: new Map([...spec.answers].map(([key, a]) => [key, a.weight.num * (den / a.weight.den)])) };
    scaled.set(spec, w);
  }
  return w;
}

function lcm(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
