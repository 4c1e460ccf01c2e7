import { ExactSizeError } from '../limits/limit-errors.ts';
import { LIMITS } from '../limits/limits.ts';

/**
 * An exact rational number. Small values (numerator and denominator within 2^53) are kept as two
 * JS numbers, so the common case allocates one object and does integer arithmetic on doubles,
 * which is exact in that range; anything larger moves to BigInt and comes back when it fits.
 * fraction.js always uses BigInt, which made the engine spend a third of its time collecting garbage.
 */
const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);
/** Numerators and denominators stay below 2^LIMITS.exactBits, so no value can grow without bound. */
const BIG_LIMIT = 1n << BigInt(LIMITS.exactBits);

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const fits = (x: number): boolean => x <= MAX && x >= -MAX;

export class Rat {
  /** Small form (den > 0, lowest terms), used when `big` is null. */
  private readonly num: number;
  private readonly den: number;
  /** Big form [numerator, denominator > 0], lowest terms. */
  private readonly big: readonly [bigint, bigint] | null;

  /** `new Rat(3, 4)`, `new Rat(7)`, `new Rat(10n, 3n)`: reduced to lowest terms. */
  constructor(n: number | bigint = 0, d: number | bigint = 1) {
    if (typeof n === 'number' && typeof d === 'number' && Number.isInteger(n) && Number.isInteger(d) && fits(n) && fits(d)) {
      if (d === 0) throw new RangeError('分母不能为零');
      const g = gcd(Math.abs(n), Math.abs(d)) || 1;
      const s = d < 0 ? -1 : 1;
      this.num = (s * n) / g + 0;
      this.den = (s * d) / g;
      this.big = null;
      return;
    }
    let bn = BigInt(n);
    let bd = BigInt(d);
    if (bd === 0n) throw new RangeError('分母不能为零');
    if (bd < 0n) {
      bn = -bn;
      bd = -bd;
    }
    const g = gcdBig(bn < 0n ? -bn : bn, bd) || 1n;
    bn /= g;
    bd /= g;
    if (bn <= BIG_MAX && bn >= -BIG_MAX && bd <= BIG_MAX) {
      this.num = Number(bn) + 0;
      this.den = Number(bd);
      this.big = null;
    } else {
      if (bn >= BIG_LIMIT || bn <= -BIG_LIMIT || bd >= BIG_LIMIT) throw new ExactSizeError();
      this.num = 0;
      this.den = 1;
      this.big = [bn, bd];
    }
  }

  private static of(x: Rat | number): Rat {
    return typeof x === 'number' ? new Rat(x) : x;
  }

  /** |numerator|, as fraction.js exposes it. */
  get n(): bigint {
    const v = this.big === null ? BigInt(this.num) : this.big[0];
    return v < 0n ? -v : v;
  }

  get d(): bigint {
    return this.big === null ? BigInt(this.den) : this.big[1];
  }

  /** Sign: −1n or 1n (1n for zero). */
  get s(): bigint {
    const neg = this.big === null ? this.num < 0 : this.big[0] < 0n;
    return neg ? -1n : 1n;
  }

  /** [numerator, denominator] as numbers when the value is small, else null. */
  small(): readonly [number, number] | null {
    return this.big === null ? [this.num, this.den] : null;
  }

  private parts(): readonly [bigint, bigint] {
    return this.big ?? [BigInt(this.num), BigInt(this.den)];
  }

  add(other: Rat | number): Rat {
    const o = Rat.of(other);
    if (this.big === null && o.big === null) {
      const x = this.num * o.den;
      const y = o.num * this.den;
      const z = this.den * o.den;
      if (fits(x) && fits(y) && fits(z) && fits(x + y)) return new Rat(x + y, z);
    }
    const [a, b] = this.parts();
    const [c, d] = o.parts();
    return new Rat(a * d + c * b, b * d);
  }

  sub(other: Rat | number): Rat {
    return this.add(Rat.of(other).neg());
  }

  mul(other: Rat | number): Rat {
    const o = Rat.of(other);
    if (this.big === null && o.big === null) {
      const x = this.num * o.num;
      const z = this.den * o.den;
      if (fits(x) && fits(z)) return new Rat(x, z);
    }
    const [a, b] = this.parts();
    const [c, d] = o.parts();
    return new Rat(a * c, b * d);
  }

  div(other: Rat | number): Rat {
    const o = Rat.of(other);
    if (o.isZero()) throw new RangeError('除数不能为零');
    if (this.big === null && o.big === null) {
      const x = this.num * o.den;
      const z = this.den * o.num;
      if (fits(x) && fits(z)) return new Rat(x, z);
    }
    const [a, b] = this.parts();
    const [c, d] = o.parts();
    return new Rat(a * d, b * c);
  }

  neg(): Rat {
    return this.big === null ? new Rat(-this.num, this.den) : new Rat(-this.big[0], this.big[1]);
  }

  abs(): Rat {
    return this.s < 0n ? this.neg() : this;
  }

  isZero(): boolean {
    return this.big === null && this.num === 0;
  }

  compare(other: Rat | number): number {
    const o = Rat.of(other);
    if (this.big === null && o.big === null) {
      const x = this.num * o.den;
      const y = o.num * this.den;
      if (fits(x) && fits(y)) return x < y ? -1 : x > y ? 1 : 0;
    }
    const [a, b] = this.parts();
    const [c, d] = o.parts();
    const l = a * d;
    const r = c * b;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(other: Rat | number): boolean {
    return this.compare(other) === 0;
  }

  floor(): Rat {
    if (this.big === null) {
      const r = ((this.num % this.den) + this.den) % this.den;
      return new Rat((this.num - r) / this.den);
    }
    const [a, b] = this.big;
    const r = ((a % b) + b) % b;
    return new Rat((a - r) / b);
  }

  ceil(): Rat {
    return this.neg().floor().neg();
  }

  /** A JS number for display and charts; never used for decisions. */
  valueOf(): number {
    return this.big === null ? this.num / this.den : Number(this.big[0]) / Number(this.big[1]);
  }

  toString(): string {
    return this.big === null ? `${this.num}/${this.den}` : `${this.big[0]}/${this.big[1]}`;
  }
}
