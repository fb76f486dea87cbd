// acceptShape stands in for the zod schema on well-formed files (so that zod is not loaded at
// start-up): whatever it accepts, the schema must accept, and give the same value.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptShape } from '../../src/criteria/accept-shape.js';
import { parseJsonSource } from '../../src/criteria/json-source.js';
import { criteriaSchema } from '../../src/criteria/schema.js';

const files = [
  ...readdirSync('criteria').filter((f) => f.endsWith('.json')).map((f) => `criteria/${f}`),
  ...['valid', 'warning', 'invalid'].flatMap((d) => readdirSync(`test/fixtures/criteria/${d}`).map((f) => `test/fixtures/criteria/${d}/${f}`)),
];
/** Parsed as parseCriteria parses (the values acceptShape and the schema see). */
const values = files.flatMap((f) => {
  const src = parseJsonSource(readFileSync(f, 'utf8'), f).source;
  return src ? [{ f, value: src.value }] : [];
});

function agrees(value: unknown): void {
  const fast = acceptShape(value);
  if (fast === undefined) return;
  const zod = criteriaSchema.safeParse(value);
  expect(zod.success).toBe(true);
  expect(fast).toEqual(zod.data);
}

/** The value with one change at a random place: a key removed, added or retyped, an item dropped. */
const mutation = (value: unknown) =>
  fc.tuple(fc.nat(), fc.constantFrom('drop', 'unknown-key', 'string', 'number', 'negative', 'empty-array', 'null', 'object', 'proto'), fc.constantFrom('', 'x', '1.5', 'points', 'group')).map(([pick, kind, text]) => {
    const copy = structuredClone(value) as Record<string, unknown>;
    const places: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach((x, i) => (places.push([v, i]), walk(x)));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) places.push([v as Record<string, unknown>, k]), walk(x);
    };
    walk(copy);
    const [holder, key] = places[pick % places.length] ?? [copy, 'format'];
    const target = holder as Record<string | number, unknown>;
    if (kind === 'drop') {
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete target[key];
    } else if (kind === 'unknown-key') {
      if (!Array.isArray(holder)) target['extra'] = text; // JSON gives an array no other key
    } else if (kind === 'string') target[key] = text;
    else if (kind === 'number') target[key] = Number(text) || 7;
    else if (kind === 'negative') target[key] = -1;
    else if (kind === 'empty-array') target[key] = [];
    else if (kind === 'null') target[key] = null;
    else if (kind === 'object') target[key] = { type: text };
    // A key `__proto__`, as the JSON parser makes it: an own property of an object (never of an array).
    else if (!Array.isArray(holder)) Object.defineProperty(target, '__proto__', { value: { a: 1 }, enumerable: true, configurable: true, writable: true });
    return copy;
  });

describe('acceptShape', () => {
  it('accepts every bundled and valid fixture set, as the schema gives it', () => {
    for (const { f, value } of values) {
      if (f.includes('/invalid/')) continue;
      // A `__proto__` label is dropped by zod, so acceptShape cannot give what zod gives: such a
      // set goes through the schema, and its labels are read from the file (record-at.ts).
      if (f.endsWith('/proto-keys.json')) {
        expect(acceptShape(value), f).toBeUndefined();
        expect(criteriaSchema.safeParse(value).success, f).toBe(true);
        continue;
      }
      expect(acceptShape(value), f).toBeDefined();
      agrees(value);
    }
  });

  it('accepts nothing the schema rejects, among the invalid fixtures', () => {
    for (const { value } of values) agrees(value);
  });

  it('agrees with the schema on changed sets', () => {
    const sets = values.filter(({ f }) => !f.includes('/invalid/')).map(({ value }) => value);
    for (const value of sets) fc.assert(fc.property(mutation(value), agrees), { numRuns: 1000 });
  });
});
