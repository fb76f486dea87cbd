// Exact rational numbers on bigint. Points are decimals (0.25, 1.5) and survey means are
// fractions (2/3 of a leaf's max): both stay exact, so sums never drift and ties stay ties.
// Rounding happens once, for output, half away from zero.

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const gcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  // Points and counts are small: Euclid on doubles (exact below 2^53) allocates no bigints.
  if (a <= SAFE && b <= SAFE && b >= 0n) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) [x, y] = [y, x % y];
    return BigInt(x);
  }
  while (b !== 0n) [a, b] = [b, a % b];
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
    if (den === 1n) return new Rational(num, 1n);
    const g = gcd(num, den);
    return g === 1n ? new Rational(num, den) : new Rational(num / g, den / g);
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
    const units = this.scaledRound(places);
    const neg = this.num < 0n;
    const s = units.toString().padStart(places + 1, '0');
    const int = s.slice(0, s.length - places);
    const body = places > 0 ? `${int}${mark}${s.slice(s.length - places)}` : int;
    return neg && units !== 0n ? `-${body}` : body;
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
