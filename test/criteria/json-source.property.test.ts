// parseJsonSource's fast path (JSON.parse, then a count of the keys written) against the located
// tree it stands in for: the same value, the same duplicate keys found, the same locations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locationAt, parseJsonSource, parseWithTree, type PathSegment } from '../../src/criteria/json-source.js';

// Keys and strings that stress the key count: quotes, escapes, colons and braces inside strings.
const word = fc.constantFrom('a', 'b', 'max', ':', '":', '\\', '"', '{', '}', ' ', 'ư', '__proto__', '"a": 1');
type Tree = { obj: [string, Tree][] } | { arr: Tree[] } | { leaf: unknown };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; obj: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), word).map((leaf) => ({ leaf })),
    tie('obj'),
    fc.array(tie('tree'), { maxLength: 4 }).map((arr) => ({ arr })),
  ),
  // Few distinct keys: a key often repeats in its object.
  obj: fc.array(fc.tuple(word, tie('tree')), { maxLength: 4 }).map((obj) => ({ obj })),
})).obj;

/** Text for a tree, written as JSON.stringify would (with 2-space indent), but keeping every entry. */
function toText(t: Tree, indent = ''): string {
  const inner = `${indent}  `;
  if ('obj' in t) return t.obj.length === 0 ? '{}' : `{\n${t.obj.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toText(v, inner)}`).join(',\n')}\n${indent}}`;
  if ('arr' in t) return t.arr.length === 0 ? '[]' : `[\n${t.arr.map((v) => inner + toText(v, inner)).join(',\n')}\n${indent}]`;
  return JSON.stringify(t.leaf);
}
const objectText = tree.map((t) => toText(t));

function paths(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}

describe('parseJsonSource fast path (property)', () => {
  it('reads, finds duplicate keys and locates as the tree does', () => {
    fc.assert(
      fc.property(objectText, (text) => {
        const fast = parseJsonSource(text, 'c.json');
        const tree = parseWithTree(text, 'c.json');
        expect(fast.diagnostics).toEqual(tree.diagnostics);
        expect(fast.source?.value).toEqual(tree.source?.value);
        if (!fast.source || !tree.source) return;
        for (const p of paths(tree.source.value)) {
          expect(fast.source.locate(p)).toEqual(tree.source.locate(p));
          expect({ ...locationAt(fast.source, p, { key: true }) }).toEqual({ file: 'c.json', ...tree.source.locate(p, { key: true }) });
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a repeated key JSON.parse would have taken silently', () => {
    const r = parseJsonSource('{\n  "title": "a\\": {\\"b",\n  "max": 1,\n  "max": 2\n}', 'c.json');
    expect(r.source).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.loc.line, d.loc.column, d.loc.path])).toEqual([['CRITERIA_JSON_DUPLICATE_KEY', 4, 3, 'max']]);
  });
});
