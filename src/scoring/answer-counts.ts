// A unit's raw survey answers, counted in one flat array (leaf × group × answer) as they stream:
// a national survey keeps 10,000 of these, where tally maps took four times the memory. Means
// are computed from the counts directly; get() gives a leaf's tally as addAnswer builds it.
import type { SurveySpec } from '../criteria/model.js';
import type { Rational } from '../numbers/rational.js';
import { meanOf, scaledWeights, surveyMean, type AnswerTally, type GroupSum, type LeafTally } from './survey-tally.js';

/** Which leaf, group and answer each count is: the set's own, shared by every unit. */
export interface CountLayout {
  leaves: readonly string[];
  groups: readonly string[];
  answers: readonly string[];
}

/** How many counts a unit has in a layout. */
export const countsSize = (layout: CountLayout): number => layout.leaves.length * layout.groups.length * layout.answers.length;

const layoutWeights = new WeakMap<CountLayout, { spec: SurveySpec; weights: (number | undefined)[] | undefined }>();

export class AnswerCounts implements AnswerTally {
  readonly counts: Uint32Array;

  /** `counts`: counted elsewhere (another thread), in this layout; else a new zeroed array. */
  constructor(readonly layout: CountLayout, counts?: Uint32Array) {
    this.counts = counts ?? new Uint32Array(countsSize(layout));
  }

  add(leaf: number, group: number, answer: number): void {
    const at = (leaf * this.layout.groups.length + group) * this.layout.answers.length + answer;
    this.counts[at] = (this.counts[at] as number) + 1;
  }

  /** True when the leaf has a count: every answer and group of the layout has a weight or share. */
  answered(leafCode: string): boolean {
    const l = this.layout.leaves.indexOf(leafCode);
    if (l < 0) return false;
    const size = this.layout.groups.length * this.layout.answers.length;
    for (let i = l * size; i < (l + 1) * size; i++) if ((this.counts[i] as number) > 0) return true;
    return false;
  }

  /** surveyMean of the leaf's tally, from the counts. */
  mean(spec: SurveySpec, leafCode: string): Rational | undefined {
    const { leaves, groups, answers } = this.layout;
    const l = leaves.indexOf(leafCode);
    if (l < 0) return undefined;
    const weights = weightsOf(this.layout, spec);
    if (!weights) return surveyMean(spec, this.get(leafCode));
    const sums: GroupSum[] = [];
    for (let g = 0; g < groups.length; g++) {
      let n = 0;
      let sum = 0; // exact: weights below 2^20 times counts below 2^32 stay below 2^53
      for (let a = 0; a < answers.length; a++) {
        const count = this.counts[(l * groups.length + g) * answers.length + a] as number;
        const w = weights[a];
        if (w === undefined || count === 0) continue;
        n += count;
        sum += w * count;
      }
      if (n > 0) sums.push({ group: groups[g] as string, n, sum });
    }
    return meanOf(spec, sums);
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

/** The scaled weight of each answer of the layout, in layout order, as a number. */
function weightsOf(layout: CountLayout, spec: SurveySpec): (number | undefined)[] | undefined {
  let w = layoutWeights.get(layout);
  if (w?.spec !== spec) {
    const { den, weights } = scaledWeights(spec);
    // Weights over a huge common denominator would not stay exact as numbers: none then.
    const fine = den >= 1n << 20n;
    w = { spec, weights: fine ? undefined : layout.answers.map((a) => { const x = weights.get(a); return x === undefined ? undefined : Number(x); }) };
    layoutWeights.set(layout, w);
  }
  return w.weights;
}
