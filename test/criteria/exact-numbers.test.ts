// Numbers in criteria files are read exactly as written: a literal a double cannot give back is
// read from the text. And the one pass that finds such literals also bounds the nesting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSource, parseWithTree } from '../../src/criteria/json-source.js';
import { MAX_JSON_DEPTH, readsExactly, scanJson } from '../../src/criteria/scan-json.js';
import { Rational } from '../../src/numbers/rational.js';

describe('readsExactly', () => {
  it.each([
    ['10', true], ['0.25', true], ['-5.5', true], ['0.1', true], ['1e2', true], ['123456789012345', true], ['0.000000000000000000001', true],
    ['30.000000000000000000000000000001', false], ['9007199254740993', false], ['1234567890123456789', false], ['1e400', false], ['3e-324', false],
  ])('%s: %s', (literal, exact) => {
    expect(readsExactly(literal)).toBe(exact);
  });
});

describe('scanJson', () => {
  it('counts keys and brackets outside strings only', () => {
    expect(scanJson('{"a": "{[\\"b\\": 1", "c": [1, {"d": 2}]}')).toEqual({ keys: 3, inexact: false, outOfBounds: [] });
  });

  it('stops at the first bracket past the limit', () => {
    const text = `{"a": ${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(scanJson(text).tooDeep).toBe(6 + MAX_JSON_DEPTH - 1);
    expect(scanJson(`[${'[]'.repeat(10_000)}]`).tooDeep).toBeUndefined();
  });

  it('a million nested brackets are one located error, not a stack overflow', () => {
    const r = parseJsonSource(`{\n "fields": ${'['.repeat(1_000_000)}`, 'c.json');
    expect(r.diagnostics.map((d) => [d.code, d.loc.line, d.loc.column])).toEqual([['CRITERIA_JSON_TOO_DEEP', 2, 12 + MAX_JSON_DEPTH - 1]]);
  });
});

// A number with up to 45 digits, a point anywhere, an exponent sometimes.
const literal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,44}$/), fc.nat({ max: 45 }), fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }))
  .map(([neg, digits, point, exp]) => {
    const p = Math.min(point, digits.length - 1);
    const body = p > 0 ? `${digits.slice(0, digits.length - p)}.${digits.slice(digits.length - p)}` : digits;
    return `${neg ? '-' : ''}${body}${exp === undefined ? '' : `e${exp}`}`;
  });

describe('JsonSource.rational (property)', () => {
  it('gives every number exactly as written, by the fast path and by the tree', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), (literals) => {
        const text = `{"a": [${literals.join(', ')}], "b": {"c": ${literals[0]}}}`;
        const value = JSON.parse(text) as { a: number[]; b: { c: number } };
        for (const src of [parseJsonSource(text, 'c.json').source!, parseWithTree(text, 'c.json').source!]) {
          literals.forEach((l, i) => expect(src.rational(['a', i], value.a[i] as number).eq(Rational.parse(l)!)).toBe(true));
          expect(src.rational(['b', 'c'], value.b.c).eq(Rational.parse(literals[0] as string)!)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
