// A unit's survey forms, kept one by one for resampling (`cchc score --uncertainty`): the counts
// that the scoring reads (AnswerCounts) cannot be resampled, since a form's answers to several
// questions go together. Per form only what a leaf's mean needs is kept: its respondent group
// and, per survey leaf, how many valid answers it gave and the sum of their weights (scaled to
// integers over scaledWeights(spec).den, so sums stay exact in doubles). Kept only when asked:
// a run without --uncertainty keeps counts alone and its memory stays flat.
import type { CountLayout } from './answer-counts.js';

export class UnitForms {
  /** Per form: its group's position in layout.groups. */
  readonly group: number[] = [];
  /** Per form and layout leaf (form-major, layout.leaves.length per form): valid answers. */
  readonly valid: number[] = [];
  /** Per form and layout leaf: the sum of the valid answers' scaled weights. */
  readonly weight: number[] = [];

  constructor(readonly layout: CountLayout) {}

  get size(): number {
    return this.group.length;
  }

  /** One form: its group, and per layout leaf its valid answers and their weights' sum. */
  add(group: number, valid: ArrayLike<number>, weight: ArrayLike<number>): void {
    this.group.push(group);
    for (let l = 0; l < this.layout.leaves.length; l++) {
      this.valid.push(valid[l] as number);
      this.weight.push(weight[l] as number);
    }
  }
}

/**
 * Per respondent group, its forms (positions in `forms`) sorted by what they hold: a draw picks a
 * position in this list, so that the draws do not depend on the order of the rows.
 */
export function formsByGroup(forms: UnitForms): Int32Array[] {
  const L = forms.layout.leaves.length;
  const byContent = (a: number, b: number): number => {
    for (let l = 0; l < L; l++) {
      const d = (forms.valid[a * L + l] as number) - (forms.valid[b * L + l] as number) || (forms.weight[a * L + l] as number) - (forms.weight[b * L + l] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  return forms.layout.groups.map((_, g) => {
    const list: number[] = [];
    for (let f = 0; f < forms.size; f++) if (forms.group[f] === g) list.push(f);
    return Int32Array.from(list.sort(byContent));
  });
}
