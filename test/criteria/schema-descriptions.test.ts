// Every key of the criteria format has a description in the JSON Schema written from the zod
// schema (Vietnamese / English): an editor shows it on hover.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Json = { [key: string]: unknown };
const schema = JSON.parse(readFileSync('schema/cchc-criteria-1.schema.json', 'utf8')) as Json;

/** Every property of every object in the schema, with its path and its definition. */
function properties(node: unknown, path: string, out: { path: string; def: Json }[] = []): { path: string; def: Json }[] {
  if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    for (const [key, def] of Object.entries((o['properties'] as Json | undefined) ?? {})) out.push({ path: `${path}.${key}`, def: def as Json });
    for (const [key, v] of Object.entries(o)) properties(v, `${path}/${key}`, out);
  }
  return out;
}

describe('the JSON Schema for editors', () => {
  const all = properties(schema, '');
  it('has the keys of the format, the node\'s and the rules\' included', () => {
    const keys = new Set(all.map((p) => p.path.split('.').at(-1)));
    for (const k of ['survey', 'groups', 'whenNoAnswers', 'tieBreak', 'by', 'on', 'whenNotApplicable', 'description', 'source', 'unit', 'steps', 'levels', 'per', 'floor', 'of']) expect(keys).toContain(k);
  });
  it.each(all.map((p) => [p.path, p.def] as const))('%s has a description in Vietnamese and English', (_path, def) => {
    expect(def['description'] ?? ('$ref' in def ? 'ref' : undefined)).toMatch(/^(ref|.+ \/ .+)$/);
  });
});
