import { Rat } from './rat.ts';

/** An exact rational number. All engine arithmetic uses it; nothing is a float. */
export type Q = Rat;
export const Q = Rat;

export const ZERO: Q = new Rat(0);
export const ONE: Q = new Rat(1);

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a decimal exactly from its text ("83.97" → 8397/100). A JS number is read from its
 * shortest round-trip text, so 0.1 means exactly 1/10.
 */
export function parseDecimal(text: string | number): Q {
  const s = typeof text === 'number' ? numberText(text) : text.trim();
  if (!DECIMAL.test(s)) throw new RangeError(`"${s}" 不是十进制数`);
  const dot = s.indexOf('.');
  if (dot < 0) return new Rat(BigInt(s), 1n);
  const decimals = s.length - dot - 1;
  return new Rat(BigInt(s.slice(0, dot) + s.slice(dot + 1)), 10n ** BigInt(decimals));
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} 不是有限数`);
  const s = String(n);
  if (!s.includes('e')) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** Rounds half away from zero (四舍五入, Python's ROUND_HALF_UP) to `dp` decimals. */
export function roundHalfUp(x: Q, dp: number): Q {
  const scale = 10n ** BigInt(dp);
  const num = x.n * scale;
  const q = (num * 2n + x.d) / (x.d * 2n);
  return new Rat(x.s * q, scale);
}

const fitsSafe = (x: number): boolean => x <= Number.MAX_SAFE_INTEGER;

/** Digits of round-half-up(|num/den| × 10^dp) when every step stays an exact integer, else null. */
function roundedUnits(num: number, den: number, dp: number): number | null {
  const twice = 2 * Math.abs(num) * 10 ** dp + den;
  if (!fitsSafe(twice) || !fitsSafe(2 * den)) return null;
  return (twice - (twice % (2 * den))) / (2 * den);
}

function withPoint(units: string, dp: number, negative: boolean): string {
  const digits = units.padStart(dp + 1, '0');
  const sign = negative ? '-' : '';
  return dp === 0 ? sign + digits : `${sign}${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
}

/** A decimal string with exactly `dp` places, rounded half-up: toFixed(85.325, 2) = "85.33". */
export function toFixed(x: Q, dp: number): string {
  const small = x.small();
  const fast = small === null ? null : roundedUnits(small[0], small[1], dp);
  if (small !== null && fast !== null) return withPoint(String(fast), dp, small[0] < 0 && fast !== 0);
  return toFixedBig(x, dp);
}

function toFixedBig(x: Q, dp: number): string {
  const r = roundHalfUp(x, dp);
  const scale = 10n ** BigInt(dp);
  const units = (r.n * scale) / r.d;
  const sign = r.s < 0n && units !== 0n ? '-' : '';
  const digits = units.toString().padStart(dp + 1, '0');
  return dp === 0 ? sign + digits : `${sign}${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
}

/** The exact value as text: a finite decimal when there is one ("1.5", "7"), else "p/q" ("4/3"). */
export function toExact(x: Q): string {
  const small = x.small();
  if (small !== null && small[1] === 1) return String(small[0]);
  if (x.d === 1n) return `${x.s < 0n && x.n !== 0n ? '-' : ''}${x.n}`;
  let d = x.d;
  let places = 0;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return `${x.s < 0n ? '-' : ''}${x.n}/${x.d}`;
  places = Math.max(twos, fives);
  return toFixed(x, places)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

export function isQ(v: unknown): v is Q {
  return v instanceof Rat;
}
