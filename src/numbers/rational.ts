// Exact rational numbers on bigint. Points are decimals (0.25, 1.5) and survey means are
// fractions (2/3 of a leaf's max): both stay exact, so sums never drift and ties stay ties.
// Rounding happens once, for output, half away from zero.

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Euclid on doubles: exact for integers below 2^53. */
const gcdSmall = (x: number, y: number): number => {
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
};

const gcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  // Points and counts are small: Euclid on doubles allocates no bigints.
  if (a <= SAFE && b <= SAFE && b >= 0n) return BigInt(gcdSmall(Number(a), Number(b)));
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
};

export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);
  static readonly HUNDRED = new Rational(100n, 1n);

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational: zero denominator');
    if (den < 0n) [num, den] = [-num, -den];
    if (den === 1n) return new Rational(interned(num), 1n);
    if (num <= SAFE && num >= -SAFE && den <= SAFE) {
      // Both small (nearly always): reduced in doubles, with no bigint division.
      const n = Number(num);
      const d = Number(den);
      const g = gcdSmall(n < 0 ? -n : n, d);
      return new Rational(small(n / g), small(d / g));
    }
    const g = gcd(num, den);
    return g === 1n ? new Rational(interned(num), interned(den)) : new Rational(interned(num / g), interned(den / g));
  }

  static int(n: number): Rational {
    return new Rational(BigInt(n), 1n);
  }

  /** Parses a plain decimal string such as `-12.5`, `0.25`, `1e-3`; undefined if it is not one. */
  static parse(text: string): Rational | undefined {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const frac = m[3] ?? '';
    let num = BigInt((m[2] || '0') + frac);
    let exp = -frac.length + Number(m[4] ?? 0);
    if (m[1] === '-') num = -num;
    return exp >= 0 ? Rational.of(num * 10n ** BigInt(exp)) : Rational.of(num, 10n ** BigInt(-exp));
  }

  /** A JS number as the decimal it prints as (the shortest round-trip form), so 0.1 is exactly 1/10. */
  static fromNumber(x: number): Rational {
    const r = Rational.parse(String(x));
    if (!r) throw new RangeError(`Rational: not a finite number: ${x}`);
    return r;
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return this.add(o.neg());
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  sign(): number {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }
  max(o: Rational): Rational {
    return this.cmp(o) >= 0 ? this : o;
  }

  /** Rounded to `places` decimals, half away from zero, as a rational. */
  round(places: number): Rational {
    const q = this.scaledRound(places);
    return Rational.of(this.num < 0n ? -q : q, scaleOf(places));
  }

  /** |this| × 10^places, rounded half away from zero. */
  private scaledRound(places: number): bigint {
    const n = this.num < 0n ? -this.num : this.num;
    if (this.den === 1n) return n * scaleOf(places);
    return (2n * n * scaleOf(places) + this.den) / (2n * this.den);
  }

  /** Written with exactly `places` decimals (half away from zero) and the given decimal mark. */
  toFixed(places: number, mark = '.'): string {
    const units = this.smallScaledRound(places) ?? this.scaledRound(places);
    const neg = this.num < 0n;
    const s = units.toString().padStart(places + 1, '0');
    const int = s.slice(0, s.length - places);
    const body = places > 0 ? `${int}${mark}${s.slice(s.length - places)}` : int;
    return neg && units !== 0 && units !== 0n ? `-${body}` : body;
  }

  /**
   * scaledRound in exact doubles when every number involved stays below 2^53 (a ranking's
   * points and indices): the floor of the quotient is corrected, so no rounding can creep in.
   */
  private smallScaledRound(places: number): number | undefined {
    if (places > 15) return undefined;
    const n = Number(this.num < 0n ? -this.num : this.num);
    const d = Number(this.den);
    const a = 2 * n * 10 ** places + d;
    if (!Number.isSafeInteger(a + 2 * d)) return undefined; // then a, 2d and q·2d are exact too
    let q = Math.floor(a / (2 * d));
    if (q * 2 * d > a) q--;
    else if ((q + 1) * 2 * d <= a) q++;
    return q;
  }

  /** Approximate value, for drawing bars only: never for a published digit or a comparison. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /** Exact shortest decimal when the value has one (den = 2^a·5^b), else 20 significant decimals. */
  toString(): string {
    let d = this.den;
    let places = 0;
    while (d % 10n === 0n) (d /= 10n), places++;
    while (d % 2n === 0n || d % 5n === 0n) (d % 2n === 0n ? (d /= 2n) : (d /= 5n)), places++;
    if (d !== 1n) return this.toFixed(20);
    return this.toFixed(places).replace(/^(-?\d+)\.?$/, '$1');
  }
}

// Small values share one bigint each: a national ranking keeps ~400,000 rationals, whose
// numerators and denominators are mostly such (quarters, hundredths, counts).
const SMALL = Array.from({ length: 1025 }, (_, i) => BigInt(i));
const interned = (b: bigint): bigint => (b >= 0n && b <= 1024n ? (SMALL[Number(b)] as bigint) : b);
/** An exact integer below 2^53 as a bigint, shared when small. */
const small = (x: number): bigint => (x >= 0 && x <= 1024 ? (SMALL[x] as bigint) : BigInt(x));

const SCALES = Array.from({ length: 21 }, (_, i) => 10n ** BigInt(i));
const scaleOf = (places: number): bigint => SCALES[places] ?? 10n ** BigInt(places);

/**
 * A running exact sum that keeps one common denominator (the lcm of those seen) and normalises
 * once, in value(): summing a unit's tree costs a few bigint additions instead of a gcd per add.
 */
export class RationalSum {
  private num = 0n;
  private den = 1n;

  add(r: Rational): this {
    const d = r.den;
    if (d === this.den) this.num += r.num;
    else if (this.den % d === 0n) this.num += r.num * (this.den / d);
    else if (d % this.den === 0n) {
      this.num = this.num * (d / this.den) + r.num;
      this.den = d;
    } else {
      const lcm = (this.den / gcd(this.den, d)) * d;
      this.num = this.num * (lcm / this.den) + r.num * (lcm / d);
      this.den = lcm;
    }
    return this;
  }

  value(): Rational {
    return Rational.of(this.num, this.den);
  }
}
