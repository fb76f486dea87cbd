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

/**
 * What the scoring reads of a unit's answers: a UnitTally, or AnswerCounts, which can also give
 * a leaf's mean (and whether it has one) straight from its counts.
 */
export interface AnswerTally {
  get(leafCode: string): LeafTally | undefined;
  mean?(spec: SurveySpec, leafCode: string): Rational | undefined;
  answered?(leafCode: string): boolean;
}

/** surveyMean of one leaf of a unit's tally. */
export function leafMean(spec: SurveySpec, tally: AnswerTally | undefined, leafCode: string): Rational | undefined {
  return tally?.mean ? tally.mean(spec, leafCode) : surveyMean(spec, tally?.get(leafCode));
}

/** Whether a leaf of a unit's tally has a mean, without computing it where the counts tell. */
export function hasSurveyMean(spec: SurveySpec, tally: AnswerTally, leafCode: string): boolean {
  return tally.answered ? tally.answered(leafCode) : surveyMean(spec, tally.get(leafCode)) !== undefined;
}

/**
 * One respondent group's valid answers: how many, and Σ weight × count over scaledWeights' den
 * (a number when it is counted in safe integers, as AnswerCounts does).
 */
export interface GroupSum {
  group: string;
  n: number;
  sum: bigint | number;
}

/**
 * The mean answer weight of a leaf: pooled over all valid answers, or with groups, the mean
 * within each group combined by the groups' shares, renormalised over the groups that answered.
 * Undefined when no valid answer was given.
 */
export function surveyMean(spec: SurveySpec, tally: LeafTally | undefined): Rational | undefined {
  if (!tally) return undefined;
  const { weights } = scaledWeights(spec);
  const sums: GroupSum[] = [];
  for (const [group, counts] of tally) {
    let n = 0;
    let sum = 0n;
    for (const [answer, count] of counts) {
      const w = weights.get(answer);
      if (w === undefined || count === 0) continue;
      n += count;
      sum += w * BigInt(count);
    }
    sums.push({ group, n, sum });
  }
  return meanOf(spec, sums);
}

/** The mean from each group's sums; a group's mean is one division (no gcd per answer). */
export function meanOf(spec: SurveySpec, sums: readonly GroupSum[]): Rational | undefined {
  const { den } = scaledWeights(spec);
  if (!spec.groups) {
    let n = 0;
    let sum = 0n;
    for (const g of sums) (n += g.n), (sum += BigInt(g.sum));
    return n === 0 ? undefined : Rational.of(sum, den * BigInt(n));
  }
  const fast = combineSmall(spec, sums, den);
  if (fast !== null) return fast;
  const weighted = new RationalSum();
  const shares = new RationalSum();
  for (const g of sums) {
    const share = spec.groups.get(g.group)?.share;
    if (!share || g.n === 0) continue;
    weighted.add(share.mul(Rational.of(BigInt(g.sum), den * BigInt(g.n))));
    shares.add(share);
  }
  const total = shares.value();
  return total.sign() === 0 ? undefined : weighted.value().div(total);
}

/**
 * The same mean in safe integers, normalised once, when it can be: with each share = P/Q over
 * their common denominator Q, Σ share·sum/(den·n) ÷ Σ share = (Σ P·sum/n) ÷ (den·ΣP). null when a
 * number would leave the exact range (then the rational sums above decide).
 */
function combineSmall(spec: SurveySpec, sums: readonly GroupSum[], den: bigint): Rational | undefined | null {
  const parts = integerShares(spec);
  if (!parts) return null;
  let a = 0; // Σ P·sum/n as a / b
  let b = 1;
  let shares = 0;
  for (const g of sums) {
    const p = parts.get(g.group);
    if (p === undefined || g.n === 0) continue;
    const sum = Number(g.sum);
    if (!Number.isSafeInteger(sum)) return null;
    a = a * g.n + p * sum * b; // every term is ≥ 0: an overflow shows in a
    b *= g.n;
    shares += p;
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return null;
  }
  if (shares === 0) return undefined;
  // The denominator too in safe integers (nearly always): no bigint made for a unit's mean.
  const d = b * Number(den) * shares;
  return Number.isSafeInteger(d) && den <= MAX_SAFE ? Rational.pair(a, d) : Rational.of(BigInt(a), BigInt(b) * den * BigInt(shares));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const shareParts = new WeakMap<SurveySpec, Map<string, number> | undefined>();

/** Each group's share as an integer P over the shares' common denominator; undefined if that is large. */
function integerShares(spec: SurveySpec): Map<string, number> | undefined {
  if (shareParts.has(spec)) return shareParts.get(spec);
  let q = 1n;
  for (const g of spec.groups?.values() ?? []) q = lcm(q, g.share.den);
  const parts = q > 1n << 20n ? undefined : new Map([...(spec.groups ?? [])].map(([key, g]) => [key, Number(g.share.num * (q / g.share.den))]));
  shareParts.set(spec, parts);
  return parts;
}

const scaled = new WeakMap<SurveySpec, { den: bigint; weights: Map<string, bigint> }>();

/** Each answer's weight as a numerator over the lcm of the weights' denominators. */
export function scaledWeights(spec: SurveySpec): { den: bigint; weights: Map<string, bigint> } {
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
