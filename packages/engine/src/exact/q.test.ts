import { describe, expect, it } from 'vitest';
import { parseDecimal, roundHalfUp, toExact, toFixed } from './q.ts';

describe('exact decimals', () => {
  it('reads decimal text exactly', () => {
    expect(toExact(parseDecimal('0.1').add(parseDecimal('0.2')))).toBe('0.3');
    expect(toExact(parseDecimal(0.1))).toBe('0.1');
    expect(toExact(parseDecimal('9.60'))).toBe('9.6');
    expect(() => parseDecimal('1e5')).toThrow(RangeError);
  });

  it('writes finite decimals out and others as reduced fractions', () => {
    expect(toExact(parseDecimal('16900').div(171))).toBe('16900/171');
    expect(toExact(parseDecimal('-7').div(2))).toBe('-3.5');
    expect(toExact(parseDecimal('-1').div(3))).toBe('-1/3');
    expect(toExact(parseDecimal('0.79992'))).toBe('0.79992');
    expect(toExact(parseDecimal('100'))).toBe('100');
  });

  it('rounds half up, not to even', () => {
    expect(toFixed(parseDecimal('85.325'), 2)).toBe('85.33');
    expect(toFixed(parseDecimal('32.125'), 2)).toBe('32.13');
    expect(toFixed(parseDecimal('-2.5'), 0)).toBe('-3');
    expect(toFixed(parseDecimal('-0.004'), 2)).toBe('0.00');
    expect(toFixed(parseDecimal('0.999984'), 2)).toBe('1.00');
    expect(toFixed(parseDecimal('7'), 2)).toBe('7.00');
    expect(roundHalfUp(parseDecimal('59.99708'), 2).equals(parseDecimal('60'))).toBe(true);
  });
});

describe('rounding fast path', () => {
  /** Reference: half away from zero with BigInt only. */
  function reference(num: bigint, den: bigint, dp: number): string {
    const neg = num < 0n !== den < 0n && num !== 0n;
    const a = num < 0n ? -num : num;
    const b = den < 0n ? -den : den;
    const units = (2n * a * 10n ** BigInt(dp) + b) / (2n * b);
    const digits = units.toString().padStart(dp + 1, '0');
    const body = dp === 0 ? digits : `${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
    return (neg && units !== 0n ? '-' : '') + body;
  }

  it('agrees with a BigInt reference on random values, including ties and large ones', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 3000; k++) {
      const num = (next() % 2000001) - 1000000;
      const den = k % 3 === 0 ? 8 : (next() % 997) + 1;
      const big = k % 10 === 0 ? 10n ** 14n : 1n;
      const dp = k % 5;
      expect(toFixed(Q_(BigInt(num) * big, BigInt(den)), dp)).toBe(reference(BigInt(num) * big, BigInt(den), dp));
    }
  });
});

function Q_(n: bigint, d: bigint) {
  return parseDecimal(n.toString()).div(parseDecimal(d.toString()));
}
