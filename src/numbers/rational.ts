// Exact rational numbers. Points are decimals (0.25, 1.5) and survey means are fractions (2/3 of
// a leaf's max): both stay exact, so sums never drift and ties stay ties. Rounding happens once,
// for output, half away from zero.
//
// Numerator and denominator are plain JS numbers while both are safe integers (|x| < 2^53), and
// bigints only when one is not: a national ranking holds ~400,000 rationals, nearly all quarters,
// hundredths and counts, and bigint arithmetic allocates on every step. On numbers, +, − and ×
// of safe integers are exact whenever the result is itself safe (a product or sum that is not
// rounds to 2^53 or beyond), and divisions are by a known divisor, so each step checks its
// results and, should one leave the safe range, the whole operation is redone on bigints. The
// form is canonical: always reduced, den > 0, and numbers exactly when both fit, so eq compares
// fields.

const MAX = Number.MAX_SAFE_INTEGER;
const SAFE = BigInt(MAX);

/** True for an integer result of +, − or × on safe integers that is exact (see above). */
const fits = (x: number): boolean => x <= MAX && x >= -MAX;

const big = (x: number | bigint): bigint => (typeof x === 'number' ? BigInt(x) : x);

/**
 * Euclid on doubles: exact for integers below 2^53. Both in 32-bit range (points, counts, most
 * denominators), on int32s: V8 then divides in integers, where a double % calls out to fmod
 * (3× faster over a national run's million gcds).
 */
const gcdSmall = (x: number, y: number): number => {
  if ((x | 0) === x && (y | 0) === y) {
    let a = x | 0;
    let b = y | 0;
    while (b !== 0) {
      const r = a % b | 0;
      a = b;
      b = r;
    }
    return a;
  }
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
};

const gcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    // Once both are small, Euclid goes on in doubles, with no bigint allocated.
    if (a <= SAFE && b <= SAFE && b >= 0n) return BigInt(gcdSmall(Number(a), Number(b)));
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
};

/** Powers of ten that are safe integers, from their decimal literals. */
const POW10 = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

/** The constructor, for this module's functions (it stays private to every other). */
let make: (n: number | bigint, d: number | bigint) => Rational;

/** A reduced pair of safe integers, den > 0, stored as it is. */
const exact = (n: number, d: number): Rational => (n === 0 ? Rational.ZERO : make(n, d));

/** n/d in lowest terms, for safe integers with d > 0. */
const ofSmall = (n: number, d: number): Rational => {
  if (n === 0) return Rational.ZERO;
  if (d === 1) return make(n, 1);
  const g = gcdSmall(n < 0 ? -n : n, d);
  return g === 1 ? make(n, d) : make(n / g, d / g);
};

/** A reduced pair of bigints, den > 0: numbers when both fit. */
const ofReduced = (n: bigint, d: bigint): Rational =>
  n <= SAFE && n >= -SAFE && d <= SAFE ? exact(Number(n), Number(d)) : make(n, d);

/** a/b + c/d on safe integers (each reduced, b, d > 0), Knuth's way; undefined when a step is not safe. */
function addSmall(a: number, b: number, c: number, d: number): Rational | undefined {
  if (b === d) {
    const t = a + c;
    return fits(t) ? ofSmall(t, b) : undefined;
  }
  if (d === 1) {
    // (a + c·b)/b is reduced, as a/b is.
    const p = c * b;
    const t = a + p;
    return fits(p) && fits(t) ? exact(t, b) : undefined;
  }
  if (b === 1) {
    const p = a * d;
    const t = p + c;
    return fits(p) && fits(t) ? exact(t, d) : undefined;
  }
  const g = gcdSmall(b, d);
  const s = d / g;
  const p = a * s;
  const q = c * (b / g);
  const t = p + q;
  const u = b * s; // lcm(b, d)
  if (!fits(p) || !fits(q) || !fits(t) || u > MAX) return undefined;
  if (t === 0) return Rational.ZERO;
  if (g === 1) return make(t, u);
  // gcd(t, lcm) = gcd(t, g): the only common factor left to take out.
  const g2 = gcdSmall(t < 0 ? -t : t, g);
  return g2 === 1 ? make(t, u) : make(t / g2, u / g2);
}

/** a/b × c/d on safe integers (each reduced, b, d > 0); undefined when a product is not safe. */
function mulSmall(a: number, b: number, c: number, d: number): Rational | undefined {
  if (a === 0 || c === 0) return Rational.ZERO;
  if (b === 1 && d === 1) {
    const n = a * c;
    return fits(n) ? make(n, 1) : undefined;
  }
  // Cross-cancelled first, so the products are already in lowest terms.
  const g1 = gcdSmall(a < 0 ? -a : a, d);
  const g2 = gcdSmall(c < 0 ? -c : c, b);
  const n = (a / g1) * (c / g2);
  const m = (b / g2) * (d / g1);
  return fits(n) && m <= MAX ? make(n, m) : undefined;
}

/**
 * |n|/d × 10^places (n ≥ 0), rounded half away from zero, in exact doubles when every number
 * involved stays below 2^53 (a ranking's points and indices): the floor of the quotient is
 * corrected, so no rounding can creep in. undefined otherwise.
 */
function smallScaledRound(n: number, d: number, places: number): number | undefined {
  if (places > 15) return undefined;
  const a = 2 * n * (POW10[places] ?? 10 ** places) + d;
  if (!Number.isSafeInteger(a + 2 * d)) return undefined; // then a, 2d and q·2d are exact too
  let q = Math.floor(a / (2 * d));
  if (q * 2 * d > a) q--;
  else if ((q + 1) * 2 * d <= a) q++;
  return q;
}

/** A whole number of decimals that the doubles can scale by exactly. */
const smallPlaces = (places: number): boolean => places >= 0 && places <= 15 && Number.isInteger(places);

export class Rational {
  private constructor(
    /** The numerator: a number when it and the denominator are safe integers, else a bigint. */
    readonly n: number | bigint,
    /** The denominator (> 0), of the same type as n. */
    readonly d: number | bigint,
  ) {}

  static {
    make = (n, d) => new Rational(n, d);
    // A first instance holding bigints makes V8 keep both fields tagged: small integers then sit
    // in the object itself. Had a large double come first, every number would get its own box.
    new Rational(1n << 64n, 1n);
  }

  static readonly ZERO = new Rational(0, 1);
  static readonly ONE = new Rational(1, 1);
  static readonly HUNDRED = new Rational(100, 1);

  /** The numerator as a bigint (allocates for small values: prefer n, sign or isInteger). */
  get num(): bigint {
    return big(this.n);
  }
  /** The denominator as a bigint (allocates for small values: prefer d or isInteger). */
  get den(): bigint {
    return big(this.d);
  }

  static of(num: bigint, den: bigint = 1n): Rational {
    // Both small (nearly always): reduced in doubles, with no bigint division. Number() is exact
    // below 2^53 and rounds anything larger to 2^53 or beyond, so fits() tells which it was.
    const n = Number(num);
    const d = Number(den);
    if (fits(n) && fits(d) && d !== 0) return d < 0 ? ofSmall(-n, -d) : ofSmall(n, d);
    if (den === 0n) throw new RangeError('Rational: zero denominator');
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num, den);
    return g === 1n ? ofReduced(num, den) : ofReduced(num / g, den / g);
  }

  /** n/d from a pair of safe integers or bigints (as n and d give them): no bigint when both are numbers. */
  static pair(n: number | bigint, d: number | bigint): Rational {
    if (typeof n === 'number' && typeof d === 'number' && Number.isSafeInteger(n) && Number.isSafeInteger(d) && d !== 0) return d < 0 ? ofSmall(-n, -d) : ofSmall(n, d);
    return Rational.of(big(n), big(d));
  }

  static int(n: number): Rational {
    return Number.isSafeInteger(n) ? exact(n, 1) : Rational.of(BigInt(n));
  }

  /** Parses a plain decimal string such as `-12.5`, `0.25`, `1e-3`; undefined if it is not one. */
  static parse(text: string): Rational | undefined {
    const m = DECIMAL.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
    const frac = m[3] ?? '';
    const digits = (m[2] || '0') + frac;
    const exp = -frac.length + Number(m[4] ?? 0);
    if (digits.length <= 15 && exp >= -15 && exp <= 15) {
      // At most 15 digits are below 10^15 < 2^53: read exactly as a double.
      const x = m[1] === '-' ? -Number(digits) : Number(digits);
      if (exp < 0) return ofSmall(x, POW10[-exp] as number);
      const v = x * (POW10[exp] as number);
      if (fits(v)) return exact(v, 1);
    }
    let num = BigInt(digits);
    if (m[1] === '-') num = -num;
    return exp >= 0 ? Rational.of(num * 10n ** BigInt(exp)) : Rational.of(num, 10n ** BigInt(-exp));
  }

  /** A JS number as the decimal it prints as (the shortest round-trip form), so 0.1 is exactly 1/10. */
  static fromNumber(x: number): Rational {
    if (Number.isSafeInteger(x)) return exact(x, 1); // String(x) is its digits
    const r = Rational.parse(String(x));
    if (!r) throw new RangeError(`Rational: not a finite number: ${x}`);
    return r;
  }

  add(o: Rational): Rational {
    return this.plus(o, false);
  }
  sub(o: Rational): Rational {
    return this.plus(o, true);
  }
  /** this + o, or this − o. */
  private plus(o: Rational, minus: boolean): Rational {
    const a = this.n;
    const c = o.n;
    if (typeof a === 'number' && typeof c === 'number') {
      const r = addSmall(a, this.d as number, minus ? -c : c, o.d as number);
      if (r) return r;
    }
    const x = big(a) * big(o.d);
    const y = big(c) * big(this.d);
    return Rational.of(minus ? x - y : x + y, big(this.d) * big(o.d));
  }
  mul(o: Rational): Rational {
    const a = this.n;
    const c = o.n;
    if (typeof a === 'number' && typeof c === 'number') {
      const r = mulSmall(a, this.d as number, c, o.d as number);
      if (r) return r;
    }
    return Rational.of(big(a) * big(c), big(this.d) * big(o.d));
  }
  div(o: Rational): Rational {
    const a = this.n;
    const c = o.n;
    if (typeof a === 'number' && typeof c === 'number') {
      if (c === 0) throw new RangeError('Rational: zero denominator');
      const d = o.d as number;
      const r = c < 0 ? mulSmall(a, this.d as number, -d, -c) : mulSmall(a, this.d as number, d, c);
      if (r) return r;
    }
    return Rational.of(big(a) * big(o.d), big(this.d) * big(c));
  }
  neg(): Rational {
    const n = this.n;
    return n === 0 ? this : make(-n, this.d);
  }
  cmp(o: Rational): number {
    const a = this.n;
    const c = o.n;
    if (typeof a === 'number' && typeof c === 'number') {
      const b = this.d as number;
      const d = o.d as number;
      if (b === d) return a < c ? -1 : a > c ? 1 : 0;
      const x = a * d;
      const y = c * b;
      if (fits(x) && fits(y)) return x < y ? -1 : x > y ? 1 : 0;
    }
    const diff = big(a) * big(o.d) - big(c) * big(this.d);
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }
  sign(): number {
    const n = this.n;
    return typeof n === 'number' ? (n < 0 ? -1 : n > 0 ? 1 : 0) : n < 0n ? -1 : 1;
  }
  /** True when the value is a whole number. */
  isInteger(): boolean {
    return this.d === 1 || this.d === 1n;
  }
  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }
  max(o: Rational): Rational {
    return this.cmp(o) >= 0 ? this : o;
  }

  /** Rounded to `places` decimals, half away from zero, as a rational. */
  round(places: number): Rational {
    const n = this.n;
    if (typeof n === 'number' && smallPlaces(places)) {
      const d = this.d as number;
      const scale = POW10[places] as number;
      if (scale % d === 0) return this; // already has at most `places` decimals
      const q = smallScaledRound(n < 0 ? -n : n, d, places);
      if (q !== undefined) return ofSmall(n < 0 ? -q : q, scale);
    }
    const q = this.scaledRound(places);
    return Rational.of(this.sign() < 0 ? -q : q, scaleOf(places));
  }

  /** |this| × 10^places, rounded half away from zero. */
  private scaledRound(places: number): bigint {
    const num = big(this.n);
    const n = num < 0n ? -num : num;
    const d = big(this.d);
    if (d === 1n) return n * scaleOf(places);
    return (2n * n * scaleOf(places) + d) / (2n * d);
  }

  /** this × 10^places when that is a safe integer; undefined when it is not an integer or not safe. */
  toScaledInteger(places: number): number | undefined {
    const n = this.n;
    if (typeof n === 'number' && smallPlaces(places)) {
      const scale = POW10[places] as number;
      const d = this.d as number;
      if (scale % d !== 0) return undefined;
      const v = n * (scale / d);
      return fits(v) ? v : undefined;
    }
    const scale = 10n ** BigInt(places);
    const d = big(this.d);
    if (scale % d !== 0n) return undefined;
    const v = Number(big(n) * (scale / d));
    return Number.isSafeInteger(v) ? v : undefined;
  }

  /** Written with exactly `places` decimals (half away from zero) and the given decimal mark. */
  toFixed(places: number, mark = '.'): string {
    const n = this.n;
    const neg = typeof n === 'number' ? n < 0 : n < 0n;
    const units = (typeof n === 'number' ? smallScaledRound(neg ? -n : n, this.d as number, places) : undefined) ?? this.scaledRound(places);
    const s = units.toString().padStart(places + 1, '0');
    const int = s.slice(0, s.length - places);
    const body = places > 0 ? `${int}${mark}${s.slice(s.length - places)}` : int;
    return neg && units !== 0 && units !== 0n ? `-${body}` : body;
  }

  /** Approximate value, for drawing bars only: never for a published digit or a comparison. */
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }

  /** Exact shortest decimal when the value has one (den = 2^a·5^b), else 20 significant decimals. */
  toString(): string {
    let places = 0;
    let rest: boolean;
    const den = this.d;
    if (typeof den === 'number') {
      let d = den;
      while (d % 10 === 0) (d /= 10), places++;
      while (d % 2 === 0 || d % 5 === 0) (d % 2 === 0 ? (d /= 2) : (d /= 5)), places++;
      rest = d !== 1;
    } else {
      let d = den;
      while (d % 10n === 0n) (d /= 10n), places++;
      while (d % 2n === 0n || d % 5n === 0n) (d % 2n === 0n ? (d /= 2n) : (d /= 5n)), places++;
      rest = d !== 1n;
    }
    return rest ? this.toFixed(20) : this.toFixed(places);
  }
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

const SCALES = Array.from({ length: 21 }, (_, i) => 10n ** BigInt(i));
const scaleOf = (places: number): bigint => SCALES[places] ?? 10n ** BigInt(places);

/**
 * A running exact sum that keeps one common denominator (the lcm of those seen) and normalises
 * once, in value(): summing a unit's tree costs a few additions instead of a gcd per add. The sum
 * is kept in safe-integer doubles while every step stays exact, and in bigints from then on.
 */
export class RationalSum {
  private sn = 0;
  private sd = 1;
  private wide: { num: bigint; den: bigint } | undefined;

  add(r: Rational): this {
    const rn = r.n;
    if (this.wide === undefined) {
      if (typeof rn === 'number' && this.addInDoubles(rn, r.d as number)) return this;
      this.wide = { num: BigInt(this.sn), den: BigInt(this.sd) };
    }
    const s = this.wide;
    const n = big(rn);
    const d = big(r.d);
    if (d === s.den) s.num += n;
    else if (s.den % d === 0n) s.num += n * (s.den / d);
    else if (d % s.den === 0n) {
      s.num = s.num * (d / s.den) + n;
      s.den = d;
    } else {
      const lcm = (s.den / gcd(s.den, d)) * d;
      s.num = s.num * (lcm / s.den) + n * (lcm / d);
      s.den = lcm;
    }
    return this;
  }

  /** n/d added in doubles; false, with nothing changed, when a step would not be exact. */
  private addInDoubles(n: number, d: number): boolean {
    const sd = this.sd;
    if (d === sd) {
      const t = this.sn + n;
      if (!fits(t)) return false;
      this.sn = t;
    } else if (sd % d === 0) {
      const p = n * (sd / d);
      const t = this.sn + p;
      if (!fits(p) || !fits(t)) return false;
      this.sn = t;
    } else if (d % sd === 0) {
      const p = this.sn * (d / sd);
      const t = p + n;
      if (!fits(p) || !fits(t)) return false;
      this.sn = t;
      this.sd = d;
    } else {
      const lcm = (sd / gcdSmall(sd, d)) * d;
      const p = this.sn * (lcm / sd);
      const q = n * (lcm / d);
      const t = p + q;
      if (lcm > MAX || !fits(p) || !fits(q) || !fits(t)) return false;
      this.sn = t;
      this.sd = lcm;
    }
    return true;
  }

  value(): Rational {
    const s = this.wide;
    return s ? Rational.of(s.num, s.den) : ofSmall(this.sn, this.sd);
  }
}
