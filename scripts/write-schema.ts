// The JSON Schema for editors, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { criteriaSchema } from '../src/criteria/schema.js';

export function writeSchema(): string {
  const schema = z.toJSONSchema(criteriaSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  // `rule.type` defaults to "points": the points variant must not require it.
  JSON.stringify(schema, (_k, v: unknown) => {
    const o = v as { properties?: { type?: { const?: string } }; required?: string[] } | null;
    if (o && typeof o === 'object' && o.properties?.type?.const === 'points' && o.required) o.required = o.required.filter((r) => r !== 'type');
    return v;
  });
  const doc = {
    title: 'cchc criteria set (cchc-criteria/1)',
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
