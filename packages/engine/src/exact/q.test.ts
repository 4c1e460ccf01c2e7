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
