// The JSON Schema for editors, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { criteriaSchema } from '../src/criteria/schema.js';

export function writeSchema(): string {
  const schema = z.toJSONSchema(criteriaSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const doc = {
    title: 'cchc criteria set (cchc-criteria/1)',
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
