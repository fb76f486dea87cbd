// Numbers with bounded cost (issue 20.2): the bounds are decided from the digits alone, agree
// with the exact value's own digits and magnitude, cost time linear in the text, and inside
// them every number is read exactly as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/criteria/scan-json.js';
import { CELL_LIMITS, CRITERIA_LIMITS, decimalBound, literalBound, type NumberLimits } from '../../src/numbers/decimal-bounds.js';
import { Rational } from '../../src/numbers/rational.js';
import { parseNumber } from '../../src/text/parse-number.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';

const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '0', '0', '1', '5', '9'), maxLength: max });

/** The bound by the exact value: its significant digits and the power of ten of its first digit, found by arithmetic. */
function reference(int: string, frac: string, exponent: number, limits: NumberLimits): string | undefined {
  const x = Rational.parse(`${int || '0'}.${frac || '0'}e${exponent}`) as Rational;
  if (x.sign() === 0) return undefined;
  let magnitude = 0;
  const ten = Rational.int(10);
  let p = Rational.ONE;
  while (x.cmp(p) >= 0) [p, magnitude] = [p.mul(ten), magnitude + 1];
  while (x.cmp(p) < 0) [p, magnitude] = [p.div(ten), magnitude - 1];
  // Significant digits: the fewest k with x × 10^(k − 1 − magnitude) a whole number.
  let k = 1;
  for (let scaled = x.div(p); !scaled.isInteger(); scaled = scaled.mul(ten)) k++;
  if (k > limits.digits) return 'digits';
  return magnitude > limits.exponent ? 'large' : magnitude < -limits.exponent ? 'small' : undefined;
}

describe('decimalBound (property)', () => {
  it('agrees with the exact value: its significant digits, then its magnitude', () => {
    fc.assert(
      fc.property(digits(45), digits(45), fc.integer({ min: -70, max: 70 }), fc.constantFrom(CELL_LIMITS, CRITERIA_LIMITS), (int, frac, exponent, limits) => {
        expect(decimalBound(int, frac, exponent, limits)).toBe(reference(int, frac, exponent, limits));
      }),
      { numRuns: fuzzRuns(400, 20_000) },
    );
  });

  it('at the edges: 30 and 31 significant digits, 10⁻³⁰ and 10³¹', () => {
    const cases: [string, string, number, string | undefined][] = [
      ['1'.repeat(30), '', 0, undefined],
      ['1'.repeat(31), '', 0, 'digits'],
      ['0', '0'.repeat(29) + '1', 0, undefined],
      ['0', '0'.repeat(30) + '1', 0, 'small'],
      ['9'.repeat(31), '', 0, 'digits'],
      ['1', '', 30, undefined],
      ['1', '', 31, 'large'],
      ['100', '', 29, 'large'],
      ['0000', '000', 900, undefined],
    ];
    for (const [int, frac, e, bound] of cases) {
      expect(decimalBound(int, frac, e, CELL_LIMITS)).toBe(bound);
      expect(reference(int, frac, e, CELL_LIMITS)).toBe(bound);
    }
  });

  it('a criteria literal is refused by the scan exactly when literalBound says so, wherever it stands', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }).map((x) => JSON.stringify(x)), fc.tuple(digits(60), digits(60), fc.integer({ min: -200, max: 200 })).map(([i, f, e]) => `${i.replace(/^0+(?=\d)/, '') || '0'}${f ? `.${f}` : ''}e${e}`)), (literal) => {
        if (literal === 'null') return;
        const scan = scanJson(`{"max": ${literal}, "a": [${literal}]}`);
        const bound = literalBound(literal, CRITERIA_LIMITS);
        expect(scan.outOfBounds.map((o) => o.bound)).toEqual(bound ? [bound, bound] : []);
      }),
      { numRuns: fuzzRuns(300, 20_000) },
    );
  });
});

describe('parseNumber inside the bounds (property)', () => {
  it('reads every number of up to 30 significant digits exactly, with either mark', () => {
    const sig = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 29 }));
    fc.assert(
      fc.property(sig, fc.integer({ min: -30, max: 30 }), fc.boolean(), fc.boolean(), ([lead, rest], magnitude, negative, comma) => {
        const mantissa = `${lead}${rest}`;
        // mantissa × 10^(magnitude − its length + 1), written out in full.
        const exact = Rational.parse(`${negative ? '-' : ''}${mantissa}e${magnitude - mantissa.length + 1}`) as Rational;
        const plain = exact.toString();
        const text = comma ? plain.replace('.', ',') : plain;
        const parsed = parseNumber(text, comma ? 'comma' : 'dot');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(Rational.parse(parsed.value)?.eq(exact)).toBe(true);
      }),
      { numRuns: fuzzRuns(500, 20_000) },
    );
  });
});

describe('the cost is linear in the text', () => {
  it.each([
    ['0.000…01', (n: number) => `0.${'0'.repeat(n)}1`, 'small'],
    ['1 followed by zeros', (n: number) => `1${'0'.repeat(n)}`, 'large'],
    ['many digits', (n: number) => `0.${'3'.repeat(n)}`, 'digits'],
    ['1e-1000000', (n: number) => `1e-${'9'.repeat(Math.min(n, 300))}`, 'small'],
  ])('%s: a 1 MiB cell is refused in milliseconds (15 s for 100,000 zeros before)', (_name, make, bound) => {
    const text = make(1 << 20);
    const t0 = performance.now();
    expect(parseNumber(text, 'dot')).toMatchObject({ ok: false, kind: 'out-of-bounds', bound });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
