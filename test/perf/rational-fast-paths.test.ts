// The fast paths of Rational (exact doubles, a common denominator, shared small bigints) must
// give what plain bigint arithmetic gives, bit for bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, RationalSum } from '../../src/numbers/rational.js';

/** toFixed the slow way: bigint only, as it was written before the fast path. */
function toFixedBig(r: Rational, places: number, mark = '.'): string {
  const scale = 10n ** BigInt(places);
  const n = r.num < 0n ? -r.num : r.num;
  const units = (2n * n * scale + r.den) / (2n * r.den);
  const s = units.toString().padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  const body = places > 0 ? `${int}${mark}${s.slice(s.length - places)}` : int;
  return r.num < 0n && units !== 0n ? `-${body}` : body;
}

const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const small = fc.bigInt({ min: -100000n, max: 100000n });
const den = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.constantFrom(1n, 2n, 4n, 8n, 20n, 40n, 100n, 3n, 7n));
const rational = fc.tuple(fc.oneof(small, big), den).map(([n, d]) => Rational.of(n, d));

describe('Rational fast paths', () => {
  it('toFixed: the same digits as bigint arithmetic, at every precision', () => {
    fc.assert(fc.property(rational, fc.integer({ min: 0, max: 18 }), (r, places) => {
      expect(r.toFixed(places)).toBe(toFixedBig(r, places));
      expect(r.toFixed(places, ',')).toBe(toFixedBig(r, places, ','));
    }), { numRuns: 5000 });
  });

  it('toFixed at the halves: rounds half away from zero', () => {
    for (const [n, d, p, s] of [[5n, 1000n, 2, '0.01'], [-5n, 1000n, 2, '-0.01'], [1n, 8n, 2, '0.13'], [-1n, 8n, 2, '-0.13'], [-1n, 1000n, 2, '0.00'], [9007199254740991n, 2n, 0, '4503599627370496']] as const) {
      expect(Rational.of(n, d).toFixed(p)).toBe(s);
    }
  });

  it('RationalSum: the sum that add() gives, normalised', () => {
    fc.assert(fc.property(fc.array(rational, { maxLength: 12 }), (rs) => {
      const sum = new RationalSum();
      for (const r of rs) sum.add(r);
      const plain = rs.reduce((a, r) => a.add(r), Rational.ZERO);
      expect(sum.value().eq(plain)).toBe(true);
      expect([sum.value().num, sum.value().den]).toEqual([plain.num, plain.den]);
    }), { numRuns: 3000 });
  });

  it('of: normalised (gcd on doubles or bigints alike)', () => {
    fc.assert(fc.property(fc.oneof(small, big), den, fc.oneof(small, big).filter((k) => k !== 0n), (n, d, k) => {
      const a = Rational.of(n, d);
      const b = Rational.of(n * k, d * k);
      expect([b.num, b.den]).toEqual([a.num, a.den]);
    }), { numRuns: 3000 });
  });
});
