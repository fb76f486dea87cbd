// Parent maxima are checked exactly. Random trees whose leaf maxima are multiples of 0.05 or 0.01,
// each parent's max written as the exact decimal sum (computed in integer hundredths), always pass;
// moving one leaf by 0.01 is reported exactly once, at the nearest ancestor whose max was not
// rewritten to match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';

type Gen = { h: number } | { children: Gen[] };
interface Node {
  code: string;
  path: string;
  /** max in hundredths: a leaf's own, a parent's the sum of its children's */
  h: number;
  children: Node[];
  /** nearest first */
  ancestors: Node[];
}

/** Hundredths → the shortest decimal text: 30 → "0.3", 1000 → "10", 1234 → "12.34". */
const dec = (h: number): string => {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`.replace(/0+$/, '').replace(/\.$/, '');
};

const leafArb: fc.Arbitrary<Gen> = fc
  .oneof(fc.integer({ min: 1, max: 400 }).map((k) => k * 5), fc.integer({ min: 1, max: 2000 }))
  .map((h) => ({ h }));
const genTree = (depth: number): fc.Arbitrary<Gen> =>
  depth === 0 ? leafArb : fc.oneof(leafArb, fc.array(genTree(depth - 1), { minLength: 1, maxLength: 4 }).map((children) => ({ children })));
/** Up to 4 fields, each up to 4 levels deep. */
const fieldsArb = fc.array(genTree(3), { minLength: 1, maxLength: 4 });

function annotate(g: Gen, code: string, path: string, ancestors: Node[]): Node {
  const node: Node = { code, path, h: 0, children: [], ancestors };
  if ('h' in g) node.h = g.h;
  else {
    node.children = g.children.map((c, i) => annotate(c, `${code}.${i + 1}`, `${path}.children[${i}]`, [node, ...ancestors]));
    node.h = node.children.reduce((s, c) => s + c.h, 0);
  }
  return node;
}

const build = (gens: Gen[]): Node[] => gens.map((g, i) => annotate(g, String(i + 1), `fields[${i}]`, []));
const nodesOf = (n: Node): Node[] => [n, ...n.children.flatMap(nodesOf)];

/** The criteria file, each node's max written from `written` when there, else its exact sum. */
function render(fields: Node[], written = new Map<Node, number>()): string {
  const text = (n: Node): string => {
    const head = `{ "code": "${n.code}", "max": ${dec(written.get(n) ?? n.h)}`;
    return n.children.length === 0 ? `${head} }` : `${head}, "children": [\n${n.children.map(text).join(',\n')}\n] }`;
  };
  return `{\n"format": "cchc-criteria/1", "id": "sums", "version": "1",\n"fields": [\n${fields.map(text).join(',\n')}\n]\n}`;
}

const mismatches = (text: string) =>
  parseCriteria(text, 'sums.json').diagnostics.filter((d) => d.code === 'CRITERIA_MAX_SUM_MISMATCH');

describe('exact parent sums (property)', () => {
  it('dec writes hundredths exactly', () => {
    expect([1, 5, 10, 30, 100, 1234, 100000, -5].map(dec)).toEqual(['0.01', '0.05', '0.1', '0.3', '1', '12.34', '1000', '-0.05']);
  });

  it('a parent written as the exact decimal sum of its children always passes', () => {
    const oneTenthPlusTwoTenths: Gen[] = [{ children: [{ h: 10 }, { h: 20 }] }];
    const quarters: Gen[] = [{ children: [{ h: 25 }, { h: 25 }, { h: 25 }, { h: 25 }] }];
    fc.assert(
      fc.property(fieldsArb, (gens) => {
        const fields = build(gens);
        const { criteria, diagnostics } = parseCriteria(render(fields), 'sums.json');
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(criteria?.total.toString()).toBe(dec(fields.reduce((s, f) => s + f.h, 0)));
        for (const n of fields.flatMap(nodesOf)) expect(criteria?.nodes.get(n.code)?.max.toString()).toBe(dec(n.h));
      }),
      { numRuns: 300, examples: [[oneTenthPlusTwoTenths], [quarters]] },
    );
  });

  it('moving one leaf by 0.01 gives exactly one mismatch, at the first ancestor not rewritten', () => {
    const arb = fieldsArb.chain((gens) => {
      const leaves = build(gens).flatMap(nodesOf).filter((n) => n.children.length === 0);
      return fc.record({
        gens: fc.constant(gens),
        leaf: fc.nat(leaves.length - 1),
        up: fc.boolean(),
        rewritten: fc.nat(4), // how many of the nearest ancestors get their max rewritten to match
      });
    });
    fc.assert(
      fc.property(arb, ({ gens, leaf: leafIndex, up, rewritten }) => {
        const fields = build(gens);
        const leaf = fields.flatMap(nodesOf).filter((n) => n.children.length === 0)[leafIndex]!;
        const delta = up || leaf.h === 1 ? 1 : -1;
        const k = Math.min(rewritten, leaf.ancestors.length);
        const written = new Map<Node, number>([[leaf, leaf.h + delta]]);
        for (const a of leaf.ancestors.slice(0, k)) written.set(a, a.h + delta);
        const { criteria, diagnostics } = parseCriteria(render(fields, written), 'sums.json');
        const found = diagnostics.filter((d) => d.code === 'CRITERIA_MAX_SUM_MISMATCH');
        const first = leaf.ancestors[k];
        if (!first) {
          // every ancestor moved along: a consistent tree whose total moved by 0.01
          expect(found).toEqual([]);
          expect(criteria?.total.toString()).toBe(dec(fields.reduce((s, f) => s + f.h, 0) + delta));
          return;
        }
        expect(found.map((d) => [d.loc.path, d.args])).toEqual([
          [`${first.path}.max`, { code: first.code, max: dec(first.h), sum: dec(first.h + delta) }],
        ]);
        expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
        expect(criteria).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a leaf moved by 0.01 under a direct parent is one mismatch (0.1 + 0.21 ≠ 0.3)', () => {
    const fields = build([{ children: [{ h: 10 }, { h: 20 }] }, { h: 9970 }]);
    const found = mismatches(render(fields, new Map([[fields[0]!.children[1]!, 21]])));
    expect(found.map((d) => [d.loc.path, d.args])).toEqual([['fields[0].max', { code: '1', max: '0.3', sum: '0.31' }]]);
  });
});
