// The `cchc-criteria/1` format as a zod schema. Objects are strict: a mistyped key is an error.
// Semantic rules a schema cannot state (sums, orders, references) live in check-*.ts.
import { z } from 'zod';

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a code is letters, digits, dots, dashes');
const num = z.number().finite();
const notApplicable = z.enum(['exclude', 'full', 'zero']);
/** What a measured value is: `%`, a rate (0–100; a fraction such as 0.97 is warned, above 100 is an error). */
const valueUnit = z.literal('%').describe('what the cell holds: "%" = a rate in percent (0–100). A value typed as a fraction (0.97) is a warning, one above 100 an error.');

const ruleUnion = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('points'), min: num.optional() }),
  z.strictObject({ type: z.literal('yesno') }),
  z.strictObject({
    type: z.literal('steps'),
    steps: z.array(z.strictObject({ min: num, points: num })).min(1),
    unit: valueUnit.optional(),
  }),
  z.strictObject({ type: z.literal('proportional'), of: num.optional(), unit: valueUnit.optional() }),
  z.strictObject({ type: z.literal('deduction'), per: num, floor: num.optional() }),
  z.strictObject({ type: z.literal('levels'), levels: z.record(z.string(), num) }),
]);
/** `type` defaults to `points` (contract §1), so `{ "min": -5 }` is a points rule. */
export const ruleSchema = z.preprocess(
  (r) => (typeof r === 'object' && r !== null && !Array.isArray(r) && !('type' in r) ? { ...r, type: 'points' } : r),
  ruleUnion,
);
export type Rule = z.infer<typeof ruleUnion>;

export interface NodeInput {
  code: string;
  title?: string | undefined;
  max: number;
  children?: NodeInput[] | undefined;
  source?: 'appraisal' | 'survey' | undefined;
  rule?: Rule | undefined;
  whenNotApplicable?: 'exclude' | 'full' | 'zero' | undefined;
  description?: string | undefined;
  unit?: '%' | undefined;
}

export const nodeSchema: z.ZodType<NodeInput> = z.lazy(() =>
  z.strictObject({
    code,
    title: z.string().optional(),
    description: z.string().optional(),
    max: num,
    children: z.array(nodeSchema).min(1).optional(),
    source: z.enum(['appraisal', 'survey']).optional(),
    rule: ruleSchema.optional(),
    whenNotApplicable: notApplicable.optional(),
    unit: valueUnit.optional(),
  }),
);

export const criteriaSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('cchc-criteria/1'),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase kebab-case, e.g. ha-tinh-xa'),
  version: z.string().min(1),
  title: z.string().optional(),
  source: z.string().optional(),
  precision: z.number().int().min(0).max(6).optional(),
  bands: z.array(z.strictObject({ label: z.string().min(1), min: num })).optional(),
  ranking: z
    .strictObject({
      on: z.enum(['published', 'exact']).optional(),
      tieBreak: z.array(z.string()).optional(),
      by: z.literal('group').optional(),
    })
    .optional(),
  adjustments: z.strictObject({ bonusMax: num.min(0).optional(), penaltyMax: num.min(0).optional() }).optional(),
  survey: z
    .strictObject({
      answers: z.record(z.string(), num),
      ignore: z.array(z.string()).optional(),
      questions: z.record(z.string(), z.string()),
      groups: z.record(z.string(), num).optional(),
      whenNoAnswers: z.enum(['zero', 'exclude']).optional(),
    })
    .optional(),
  fields: z.array(nodeSchema).min(1),
});
export type CriteriaInput = z.infer<typeof criteriaSchema>;
