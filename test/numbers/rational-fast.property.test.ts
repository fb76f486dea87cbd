// Rational keeps small values in doubles and falls back to bigints: whichever path an operation
// takes, it must give what plain bigint arithmetic gives, digit for digit, in the canonical form.
// The reference below is pure bigint, written here so that it shares nothing with the code.
// A failing run prints its seed; re-run with that seed to reproduce (fc.assert(…, { seed })).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, RationalSum } from '../../src/numbers/rational.js';

// ---- The reference: reduced bigint pairs, den > 0 ----
type Ref = { n: bigint; d: bigint };
const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const gcdRef = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const ref = (n: bigint, d = 1n): Ref => {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcdRef(n, d);
  return { n: n / g, d: d / g };
};
const refAdd = (a: Ref, b: Ref) => ref(a.n * b.d + b.n * a.d, a.d * b.d);
const refSub = (a: Ref, b: Ref) => ref(a.n * b.d - b.n * a.d, a.d * b.d);
const refMul = (a: Ref, b: Ref) => ref(a.n * b.n, a.d * b.d);
const refDiv = (a: Ref, b: Ref) => ref(a.n * b.d, a.d * b.n);
const refCmp = (a: Ref, b: Ref) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const refUnits = (a: Ref, places: number): bigint => (2n * abs(a.n) * 10n ** BigInt(places) + a.d) / (2n * a.d);
const refRound = (a: Ref, places: number) => {
  const q = refUnits(a, places);
  return ref(a.n < 0n ? -q : q, 10n ** BigInt(places));
};
const refToFixed = (a: Ref, places: number, mark = '.'): string => {
  const units = refUnits(a, places);
  const s = units.toString().padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  const body = places > 0 ? `${int}${mark}${s.slice(s.length - places)}` : int;
  return a.n < 0n && units !== 0n ? `-${body}` : body;
};
const refToString = (a: Ref): string => {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  return d === 1n ? refToFixed(a, Math.max(twos, fives)) : refToFixed(a, 20);
};
const refParse = (text: string): Ref | undefined => {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const frac = m[3] ?? '';
  const num = BigInt((m[2] || '0') + frac) * (m[1] === '-' ? -1n : 1n);
  const exp = -frac.length + Number(m[4] ?? 0);
  return exp >= 0 ? ref(num * 10n ** BigInt(exp)) : ref(num, 10n ** BigInt(-exp));
};

// ---- Checks ----
const SAFE = 2n ** 53n - 1n;
const toRational = (x: Ref): Rational => Rational.of(x.n, x.d);

/** Same value, same reduced fields, and stored as doubles exactly when both fit. */
function same(r: Rational, x: Ref): void {
  expect([r.num, r.den]).toEqual([x.n, x.d]);
  const small = abs(x.n) <= SAFE && x.d <= SAFE;
  expect(typeof r.n).toBe(small ? 'number' : 'bigint');
  expect(typeof r.d).toBe(small ? 'number' : 'bigint');
  expect(Object.is(r.n, -0)).toBe(false);
  expect(r.toString()).toBe(refToString(x));
  expect(r.cmp(toRational(x))).toBe(0);
  expect(r.eq(toRational(x))).toBe(true);
}

// ---- Values: mostly small (quarters, hundredths, means), some at and beyond 2^53 ----
const signed = (a: fc.Arbitrary<bigint>) => fc.tuple(a, fc.boolean()).map(([v, neg]) => (neg ? -v : v));
const ROOT = 94906265n; // ⌊√2^53⌋: products of two such cross 2^53
const nearSafe = signed(fc.bigInt({ min: SAFE - 3000n, max: SAFE + 3000n }));
const nearRoot = signed(fc.bigInt({ min: ROOT - 200000n, max: ROOT + 200000n }));
const numArb: fc.Arbitrary<bigint> = fc.oneof(
  { arbitrary: fc.bigInt({ min: -1000n, max: 1000n }), weight: 6 },
  { arbitrary: fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }), weight: 3 },
  { arbitrary: nearRoot, weight: 2 },
  { arbitrary: nearSafe, weight: 2 },
  { arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), weight: 2 },
  { arbitrary: fc.constantFrom(0n, 1n, -1n, SAFE, -SAFE, SAFE + 1n, -SAFE - 1n, 2n ** 64n, 2n ** 26n, 2n ** 27n), weight: 1 },
);
const denArb: fc.Arbitrary<bigint> = fc.oneof(
  { arbitrary: fc.constantFrom(1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 12n, 20n, 25n, 40n, 100n, 1000n, 10000n), weight: 8 },
  { arbitrary: fc.bigInt({ min: 1n, max: 10n ** 6n }), weight: 2 },
  { arbitrary: fc.bigInt({ min: ROOT - 200000n, max: ROOT + 200000n }), weight: 1 },
  { arbitrary: fc.bigInt({ min: SAFE - 3000n, max: SAFE + 3000n }), weight: 1 },
  { arbitrary: fc.bigInt({ min: 1n, max: 10n ** 30n }), weight: 1 },
  { arbitrary: fc.constantFrom(2n ** 52n, 2n ** 53n, 10n ** 15n, 10n ** 16n, 10n ** 20n, 5n ** 22n, 3n ** 33n, SAFE), weight: 1 },
);
/** A value as its (unreduced, maybe negative-denominator) parts and its reference. */
const valueArb = fc.tuple(numArb, denArb, fc.boolean()).map(([n, d, negDen]) => {
  const [num, den] = negDen ? [-n, -d] : [n, d];
  return { num, den, x: ref(num, den) };
});
const pair = fc.tuple(valueArb, valueArb);
const places = fc.integer({ min: 0, max: 20 });
const RUNS = { numRuns: 2000 };

describe('Rational (doubles with a bigint fallback) against a pure-bigint reference', () => {
  it('of: reduced, den > 0, canonical storage; also from a multiple', () => {
    fc.assert(fc.property(valueArb, numArb.filter((k) => k !== 0n), ({ num, den, x }, k) => {
      same(Rational.of(num, den), x);
      same(Rational.of(num * k, den * k), x);
      if (den === 1n) same(Rational.of(num), x);
    }), RUNS);
  });

  it('add, sub, mul, div, neg', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const [ra, rb] = [Rational.of(a.num, a.den), Rational.of(b.num, b.den)];
      same(ra.add(rb), refAdd(a.x, b.x));
      same(ra.sub(rb), refSub(a.x, b.x));
      same(ra.mul(rb), refMul(a.x, b.x));
      if (b.x.n === 0n) expect(() => ra.div(rb)).toThrow(RangeError);
      else same(ra.div(rb), refDiv(a.x, b.x));
      same(ra.neg(), ref(-a.x.n, a.x.d));
    }), RUNS);
  });

  it('cmp, eq, sign, min, max, isInteger', () => {
    fc.assert(fc.property(pair, fc.boolean(), ([a, b], twin) => {
      const ra = Rational.of(a.num, a.den);
      // Half the time the same value built another way, so equal values meet often.
      const rb = twin ? Rational.of(a.num * 3n, a.den * 3n) : Rational.of(b.num, b.den);
      const xb = twin ? a.x : b.x;
      const c = refCmp(a.x, xb);
      expect(ra.cmp(rb)).toBe(c);
      expect(rb.cmp(ra)).toBe(c === 0 ? 0 : -c);
      expect(ra.eq(rb)).toBe(c === 0);
      expect(ra.sign()).toBe(a.x.n < 0n ? -1 : a.x.n > 0n ? 1 : 0);
      expect(ra.min(rb)).toBe(c <= 0 ? ra : rb);
      expect(ra.max(rb)).toBe(c >= 0 ? ra : rb);
      expect(ra.isInteger()).toBe(a.x.d === 1n);
    }), RUNS);
  });

  it('round, toFixed (both marks), toString, toScaledInteger', () => {
    fc.assert(fc.property(valueArb, places, ({ num, den, x }, p) => {
      const r = Rational.of(num, den);
      same(r.round(p), refRound(x, p));
      expect(r.toFixed(p)).toBe(refToFixed(x, p));
      expect(r.toFixed(p, ',')).toBe(refToFixed(x, p, ','));
      expect(r.toString()).toBe(refToString(x));
      const scaled = x.n * 10n ** BigInt(p);
      const whole = scaled % x.d === 0n && abs(scaled / x.d) <= SAFE;
      expect(r.toScaledInteger(p)).toBe(whole ? Number(scaled / x.d) : undefined);
    }), RUNS);
  });

  it('round and toFixed at the halves: half away from zero', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 17 }), (k, p) => {
      // (2k + 1)/(2·10^(p+1))·…: exactly half a unit in the last place kept.
      const x = ref(2n * k + 1n, 2n * 10n ** BigInt(p));
      const r = toRational(x);
      expect(r.toFixed(p)).toBe(refToFixed(x, p));
      same(r.round(p), refRound(x, p));
    }), RUNS);
  });

  it('chains of operations: results of one step feed the next', () => {
    const op = fc.constantFrom('add', 'sub', 'mul', 'div', 'neg', 'round') as fc.Arbitrary<'add' | 'sub' | 'mul' | 'div' | 'neg' | 'round'>;
    fc.assert(fc.property(valueArb, fc.array(fc.tuple(op, valueArb, fc.integer({ min: 0, max: 6 })), { maxLength: 10 }), (start, steps) => {
      let r = Rational.of(start.num, start.den);
      let x = start.x;
      for (const [o, v, p] of steps) {
        const rv = Rational.of(v.num, v.den);
        if (o === 'div' && v.x.n === 0n) continue;
        [r, x] =
          o === 'add' ? [r.add(rv), refAdd(x, v.x)]
            : o === 'sub' ? [r.sub(rv), refSub(x, v.x)]
              : o === 'mul' ? [r.mul(rv), refMul(x, v.x)]
                : o === 'div' ? [r.div(rv), refDiv(x, v.x)]
                  : o === 'neg' ? [r.neg(), ref(-x.n, x.d)]
                    : [r.round(p), refRound(x, p)];
        same(r, x);
      }
    }), RUNS);
  });

  it('parse: decimal strings, with signs, exponents and many digits; junk is undefined', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), maxLength: max });
    const decimal = fc
      .tuple(fc.constantFrom('', '-', '+'), digits(22), fc.option(digits(22)), fc.option(fc.integer({ min: -30, max: 30 })), fc.constantFrom('e', 'E'))
      .map(([s, i, f, e, E]) => `${s}${i}${f === null ? '' : `.${f}`}${e === null ? '' : `${E}${e}`}`);
    const text = fc.oneof(decimal, fc.string({ maxLength: 8 }), fc.constantFrom('', '.', '-', '-.', '1.', '.5', '-0', '-0.00', '1e', 'e5', '0x10', ' 1', '1 ', 'Infinity', 'NaN'));
    fc.assert(fc.property(text, (s) => {
      const r = Rational.parse(s);
      const x = refParse(s);
      if (x === undefined) expect(r).toBeUndefined();
      else same(r as Rational, x);
    }), RUNS);
  });

  it('fromNumber: the decimal a double prints as; not finite throws', () => {
    const num = fc.oneof(
      fc.double(),
      fc.integer({ min: -40000, max: 40000 }).map((q) => q / 4),
      fc.integer({ min: -1000000, max: 1000000 }).map((c) => c / 100),
      fc.integer({ min: -100, max: 100 }).map((k) => 2 ** 53 + k),
      fc.constantFrom(0, -0, 0.1, 0.2, 93.64, 1e21, 1e-7, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    fc.assert(fc.property(num, (v) => {
      const x = refParse(String(v));
      if (x === undefined) expect(() => Rational.fromNumber(v)).toThrow(RangeError);
      else same(Rational.fromNumber(v), x);
    }), RUNS);
  });

  it('int: a safe or unsafe integer as itself', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.integer({ min: -100, max: 100 }).map((k) => 2 ** 53 + k), fc.constantFrom(-0, 2 ** 70)), (v) => {
      same(Rational.int(v), ref(BigInt(v)));
    }), RUNS);
  });

  it('RationalSum: the exact sum of any list, normalised', () => {
    fc.assert(fc.property(fc.array(valueArb, { maxLength: 24 }), (vs) => {
      const sum = new RationalSum();
      let x = ref(0n);
      for (const v of vs) {
        sum.add(Rational.of(v.num, v.den));
        x = refAdd(x, v.x);
      }
      same(sum.value(), x);
    }), RUNS);
  });

  it('RationalSum: terms over one denominator whose running sum crosses 2^53 and back', () => {
    const big = signed(fc.bigInt({ min: SAFE / 3n, max: SAFE }));
    fc.assert(fc.property(fc.constantFrom(1n, 3n, 4n, 100n), fc.array(fc.oneof(big, fc.bigInt({ min: -1000n, max: 1000n })), { minLength: 2, maxLength: 8 }), (d, ns) => {
      const sum = new RationalSum();
      let x = ref(0n);
      for (const n of ns) {
        // n·d + 1 over d: the same denominator every time (it stays reduced).
        sum.add(Rational.of(n * d + 1n, d));
        x = refAdd(x, ref(n * d + 1n, d));
      }
      same(sum.value(), x);
    }), RUNS);
  });

  it('RationalSum: many small terms (survey means, quarters) with growing denominators', () => {
    const term = fc.tuple(fc.bigInt({ min: -2000n, max: 2000n }), fc.constantFrom(1n, 2n, 3n, 4n, 7n, 9n, 11n, 13n, 25n, 100n, 101n, 997n));
    fc.assert(fc.property(fc.array(term, { maxLength: 60 }), (ts) => {
      const sum = new RationalSum();
      let x = ref(0n);
      for (const [n, d] of ts) {
        sum.add(Rational.of(n, d));
        x = refAdd(x, ref(n, d));
      }
      same(sum.value(), x);
    }), RUNS);
  });
});

describe('Rational across 2^53', () => {
  it('add, sub, cmp over one denominator, near the edge', () => {
    const edge = signed(fc.bigInt({ min: SAFE / 2n - 3000n, max: SAFE + 3000n }));
    fc.assert(fc.property(fc.constantFrom(1n, 3n, 4n, 100n), edge, edge, (d, m, n) => {
      const [x, y] = [ref(m * d + 1n, d), ref(n * d + 1n, d)];
      const [a, b] = [toRational(x), toRational(y)];
      same(a.add(b), refAdd(x, y));
      same(a.sub(b), refSub(x, y));
      expect(a.cmp(b)).toBe(refCmp(x, y));
    }), RUNS);
  });

  it('cmp of near neighbours whose cross products are far beyond 2^53', () => {
    const wide = fc.bigInt({ min: 2n ** 40n, max: SAFE - 10n });
    fc.assert(fc.property(wide, fc.bigInt({ min: -5n, max: 5n }), fc.bigInt({ min: 1n, max: 3n }), fc.boolean(), (p, k, s, neg) => {
      const q = p + k;
      const sign = neg ? -1n : 1n;
      const [x, y] = [ref(sign * p, q), ref(sign * (p + s), q + s)];
      const [a, b] = [toRational(x), toRational(y)];
      expect(a.cmp(b)).toBe(refCmp(x, y));
      expect(b.cmp(a)).toBe(refCmp(y, x));
      same(a.sub(b), refSub(x, y));
    }), RUNS);
  });

  it('a product that leaves the safe range is still exact, and comes back when it can', () => {
    const a = Rational.of(94906267n);
    const sq = a.mul(a);
    expect(sq.num).toBe(94906267n * 94906267n); // 9007199515875289 > 2^53
    expect(typeof sq.n).toBe('bigint');
    expect(sq.toString()).toBe('9007199515875289');
    expect(sq.div(a).eq(a)).toBe(true);
    expect(typeof sq.div(a).n).toBe('number');
    // (2^53 − 1)·3/7: the numerator crosses 2^53 before it is reduced.
    const m = Rational.of(SAFE).mul(Rational.of(3n, 7n));
    expect([m.num, m.den]).toEqual([SAFE * 3n / gcdRef(SAFE * 3n, 7n), 7n / gcdRef(SAFE * 3n, 7n)]);
    // Crossing by one: 2^53 − 1 + 1, and a difference that comes back inside.
    const over = Rational.of(SAFE).add(Rational.ONE);
    expect(over.num).toBe(SAFE + 1n);
    expect(typeof over.n).toBe('bigint');
    const back = over.sub(Rational.ONE);
    expect(back.n).toBe(Number(SAFE));
    expect(back.eq(Rational.of(SAFE))).toBe(true);
    // Fractions whose cross products overflow, and whose comparison hangs on the last unit.
    const p = Rational.of(SAFE, SAFE - 1n);
    const q = Rational.of(SAFE - 1n, SAFE - 2n);
    expect(p.cmp(q)).toBe(-1);
    expect(p.sub(q).toString()).toBe(refToString(refSub(ref(SAFE, SAFE - 1n), ref(SAFE - 1n, SAFE - 2n))));
  });
});
