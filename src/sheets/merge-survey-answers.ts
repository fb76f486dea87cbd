// The raw answers of a survey joined to the scores' units: each spelling of a unit cell (code or
// name, written any way unitKey folds) is found among the scores' units (unit-identity.ts), and the
// forms of one unit are its forms however each was written: their counts added, and a warning that
// names the unit and the spellings. A spelling of no unit, or of two, is an error at its first form
// with their count and lines. The forms read, used and left out are counted, with why.
import type { CriteriaSet } from '../criteria/model.js';
import type { LeftOut } from '../diagnostics/codes-identity.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { AnswerCounts } from '../scoring/answer-counts.js';
import type { AnswerTally, LeafTally } from '../scoring/survey-tally.js';
import { hasSurveyMean } from '../scoring/survey-tally.js';
import { UnitForms } from '../scoring/unit-forms.js';
import { unitLabel, type UnitDirectory } from '../scoring/unit-identity.js';
import type { UnitInput } from '../scoring/score-unit.js';
import type { SpellingTally, SurveyTallies } from './read-survey-answers.js';
import type { UnitDraft } from './unit-draft.js';

/** A survey spelling that names no unit of the scores: reported with the scores' units missing from the survey. */
export interface Unmatched {
  unit: string;
  line: number;
  file: string;
  count?: number;
  lines?: string;
  closest?: string;
}

const linesOf = (t: SpellingTally): string => `${t.lines.join(', ')}${t.count > t.lines.length ? ', …' : ''}`;

export function mergeSurveyAnswers(
  criteria: CriteriaSet,
  file: string,
  tallies: SurveyTallies,
  /** `incomplete`: the scores' units are not all known (their file has errors that lose rows): no form is said to be left out for its unit. */
  scores: { file: string; directory: UnitDirectory<UnitDraft>; incomplete: boolean },
  inputs: ReadonlyMap<UnitDraft, UnitInput>,
  out: Diagnostic[],
): { matched: Set<UnitDraft>; unmatched: Unmatched[] } {
  const byUnit = new Map<UnitDraft, SpellingTally[]>();
  const unmatched: Unmatched[] = [];
  const leftOut: LeftOut = { ...tallies.leftOut };
  const leave = (why: 'unknownUnit' | 'ambiguousUnit', n: number) => void (leftOut[why] = (leftOut[why] ?? 0) + n);
  for (const t of tallies.units.values()) {
    const r = scores.directory.resolve(t.unit);
    const many = t.count > 1 ? { count: t.count, lines: linesOf(t) } : {};
    if (r.kind === 'found') {
      const list = byUnit.get(r.unit);
      if (list) list.push(t);
      else byUnit.set(r.unit, [t]);
    } else if (r.kind === 'ambiguous') {
      leave('ambiguousUnit', t.count);
      out.push(diag('SCORE_UNIT_AMBIGUOUS', 'error', { file: t.file ?? file, line: t.line }, { unit: t.unit, units: r.units.map(unitLabel).join(', '), otherFile: scores.file, count: t.count, lines: linesOf(t) }));
    } else {
      leave('unknownUnit', t.count);
      unmatched.push({ unit: t.unit, line: t.line, file: t.file ?? file, ...many, ...(r.closest.length > 0 ? { closest: r.closest.map(unitLabel).join(', ') } : {}) });
    }
  }
  const questionCodes = new Set(criteria.survey?.questions.map((q) => q.code));
  let used = 0;
  for (const [d, list] of byUnit) {
    const input = inputs.get(d);
    if (!input) continue;
    // The first form: of the first file, when the forms came in several.
    const first = list.reduce((a, b) => ((b.file ?? file) === (a.file ?? file) && b.line < a.line ? b : a));
    const count = list.reduce((n, t) => n + t.count, 0);
    used += count;
    input.tally = list.length === 1 ? first.tally : mergedTally(list.map((t) => t.tally));
    const forms = list.flatMap((t) => (t.forms ? [t.forms] : []));
    if (forms.length > 0) input.forms = forms.length === 1 ? (forms[0] as UnitForms) : mergedForms(forms);
    const spellings = [...new Set(list.flatMap((t) => t.spellings))];
    if (spellings.length > 1) out.push(diag('SCORE_SURVEY_UNIT_SPELLINGS', 'warning', { file: first.file ?? file, line: first.line }, { unit: unitLabel(d), spellings: spellings.map((s) => `"${s}"`).join(', '), forms: count }));
    for (const code of questionCodes) {
      if (criteria.survey && !hasSurveyMean(criteria.survey, input.tally, code)) out.push(diag('SCORE_SURVEY_UNIT_NO_ANSWERS', 'info', { file: first.file ?? file, line: first.line }, { unit: first.unit, code }));
    }
  }
  const counted = scores.incomplete ? { used: tallies.forms, leftOut: tallies.leftOut } : { used, leftOut };
  const any = Object.values(counted.leftOut).some((n) => (n ?? 0) > 0);
  out.push(diag('SCORE_ROWS_COUNTED', any ? 'warning' : 'info', { file }, { what: 'forms', read: tallies.read, ...counted }));
  return { matched: new Set(byUnit.keys()), unmatched };
}

/** Several spellings' counts as one unit's: added up (the same layout: the set's). */
function mergedTally(tallies: AnswerTally[]): AnswerTally {
  const counts = tallies.filter((t): t is AnswerCounts => t instanceof AnswerCounts);
  const layout = counts[0]?.layout;
  if (layout && counts.length === tallies.length && counts.every((c) => c.counts.length === counts[0]?.counts.length)) {
    const sum = new AnswerCounts(layout);
    for (const c of counts) for (let i = 0; i < c.counts.length; i++) sum.counts[i] = (sum.counts[i] as number) + (c.counts[i] as number);
    return sum;
  }
  // Tallies of another kind (as tests build them): leaf by leaf.
  return {
    get(code: string): LeafTally | undefined {
      let merged: LeafTally | undefined;
      for (const t of tallies) {
        for (const [group, answers] of t.get(code) ?? []) {
          merged ??= new Map();
          const into = merged.get(group) ?? new Map<string, number>();
          merged.set(group, into);
          for (const [answer, n] of answers) into.set(answer, (into.get(answer) ?? 0) + n);
        }
      }
      return merged;
    },
  };
}

/** Several spellings' kept forms as one unit's (for --uncertainty). */
function mergedForms(list: UnitForms[]): UnitForms {
  const all = new UnitForms((list[0] as UnitForms).layout);
  for (const f of list) {
    for (const g of f.group) all.group.push(g);
    for (const v of f.valid) all.valid.push(v);
    for (const w of f.weight) all.weight.push(w);
  }
  return all;
}
