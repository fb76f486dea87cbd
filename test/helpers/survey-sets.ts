// Small criteria sets with a survey, and their sheets as text, for the tests of --uncertainty:
// one appraisal leaf (70 points) and 1 to 3 survey leaves (30 points) fed by questions, with or
// without respondent groups, whenNoAnswers zero or exclude, and a tie-break on the appraisal or
// on the survey field.
import fc from 'fast-check';
import { criteriaData } from './criteria.js';

export interface SurveyCase {
  leaves: 1 | 2 | 3;
  questions: number;
  groups: boolean;
  exclude: boolean;
  tieBreak: 'appraisal' | '2' | 'none';
  units: { appraisal: number; forms: { group: number; answers: string[] }[] }[];
}

export const GROUPS = ['HĐND', 'Lãnh đạo', 'Người dân'];
export const ANSWERS = ['A', 'B', 'C', 'D', 'E', ''];

type SetShape = Pick<SurveyCase, 'leaves' | 'questions' | 'groups' | 'exclude' | 'tieBreak'>;

/** The set as its JSON data (what a criteria file holds), for the core's job. */
export function surveySetData(c: SetShape): Record<string, unknown> {
  const max = 30 / c.leaves;
  const questions = Object.fromEntries(Array.from({ length: c.questions }, (_, q) => [`Q${q + 1}`, `2.${(q % c.leaves) + 1}`]));
  return criteriaData({
    precision: 2,
    ranking: { on: 'published', tieBreak: c.tieBreak === 'none' ? [] : [c.tieBreak] },
    survey: {
      answers: { A: 1, B: 0.6, C: 0.2, D: 0 },
      ignore: ['E'],
      questions,
      ...(c.groups ? { groups: { [GROUPS[0] as string]: 0.5, [GROUPS[1] as string]: 0.3, [GROUPS[2] as string]: 0.2 } } : {}),
      whenNoAnswers: c.exclude ? 'exclude' : 'zero',
    },
    fields: [
      { code: '1', max: 70, children: [{ code: '1.1', max: 70 }] },
      { code: '2', max: 30, source: 'survey', children: Array.from({ length: c.leaves }, (_, l) => ({ code: `2.${l + 1}`, max })) },
    ],
  });
}

export const unitCode = (i: number): string => `U${i + 1}`;

export function scoresCsv(c: SurveyCase): string {
  return ['unit,1.1', ...c.units.map((u, i) => `${unitCode(i)},${u.appraisal}`)].join('\n') + '\n';
}

/**
 * One row per form, the units' forms in order (or in the order `rows` gives: a form drawn twice is
 * then two respondents, each with an id of its own, as a resample means it; the same id twice would
 * be a copy, counted once).
 */
export function surveyCsv(c: SurveyCase, rows?: [number, number][]): string {
  const header = ['unit', 'respondent', 'group', ...Array.from({ length: c.questions }, (_, q) => `Q${q + 1}`)].join(',');
  const all = rows ?? c.units.flatMap((u, i) => u.forms.map((_, f): [number, number] => [i, f]));
  const lines = all.map(([i, f], n) => {
    const form = c.units[i]?.forms[f] as SurveyCase['units'][number]['forms'][number];
    return [unitCode(i), `${unitCode(i)}-${f + 1}${rows ? `-${n + 1}` : ''}`, GROUPS[form.group], ...form.answers].join(',');
  });
  return [header, ...lines].join('\n') + '\n';
}

/** A case: its set's shape, and units with forms (every group answered at least once when groups are used). */
export function surveyCaseArb(opts: { minForms?: number; maxForms?: number; maxUnits?: number } = {}): fc.Arbitrary<SurveyCase> {
  return fc
    .record({
      leaves: fc.constantFrom(1 as const, 2 as const, 3 as const),
      extra: fc.integer({ min: 0, max: 3 }),
      groups: fc.boolean(),
      exclude: fc.boolean(),
      tieBreak: fc.constantFrom('appraisal' as const, '2' as const, 'none' as const),
    })
    .chain((shape) => {
      const questions = shape.leaves + shape.extra;
      const form = fc.record({ group: fc.integer({ min: 0, max: shape.groups ? 2 : 0 }), answers: fc.array(fc.constantFrom(...ANSWERS), { minLength: questions, maxLength: questions }) });
      const unit = fc.record({ appraisal: fc.integer({ min: 0, max: 280 }).map((q) => q / 4), forms: fc.array(form, { minLength: opts.minForms ?? 1, maxLength: opts.maxForms ?? 12 }) });
      return fc.record({ units: fc.array(unit, { minLength: 2, maxLength: opts.maxUnits ?? 6 }) }).map((u) => ({ ...shape, questions, ...u }));
    });
}
