import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { Rat } from './rat.ts';
import { rng } from '../../test/rng.ts';

const same = (r: Rat, f: Fraction): boolean => r.n === f.n && r.d === f.d && (r.n === 0n || r.s === f.s);

describe('Rat agrees with fraction.js', () => {
  it('on random small, large and mixed operands', () => {
    const r = rng(42);
    const int = (): number => {
      const k = r();
      // small, near the 2^53 edge, and tiny values
      const mag = k < 0.6 ? 1000 : k < 0.8 ? 2 ** 40 : k < 0.95 ? 2 ** 52 : 3;
      return Math.floor((r() - 0.5) * 2 * mag);
    };
    let checked = 0;
    let big = 0;
    for (let k = 0; k < 5000; k++) {
      const [a, b, c, d] = [int(), int() || 1, int(), int() || 1];
      const x = new Rat(a, b);
      const y = new Rat(c, d);
      const fx = new Fraction(BigInt(a), BigInt(b));
      const fy = new Fraction(BigInt(c), BigInt(d));
      const pairs: [Rat, Fraction][] = [
        [x.add(y), fx.add(fy)],
        [x.sub(y), fx.sub(fy)],
        [x.mul(y), fx.mul(fy)],
        [x.floor(), fx.floor()],
        [x.ceil(), fx.ceil()],
        [x.abs(), fx.abs()],
      ];
      if (c !== 0) pairs.push([x.div(y), fx.div(fy)]);
      // chains push values beyond 2^53 and back
      pairs.push([
        x
          .mul(y)
          .mul(y)
          .div(y.equals(0) ? 1 : y),
        fx
          .mul(fy)
          .mul(fy)
          .div(fy.equals(0) ? 1 : fy),
      ]);
      for (const [got, want] of pairs) {
        expect(same(got, want), `${String(got)} vs ${want.toFraction()}`).toBe(true);
        if (got.n > BigInt(Number.MAX_SAFE_INTEGER)) big++;
        checked++;
      }
      expect(x.compare(y)).toBe(fx.compare(fy));
    }
    expect(checked).toBeGreaterThan(35000);
    expect(big).toBeGreaterThan(100);
  });

  it('normalizes signs and zero', () => {
    expect(String(new Rat(2, -4))).toBe('-1/2');
    expect(new Rat(0, -5).s).toBe(1n);
    expect(new Rat(-0).equals(0)).toBe(true);
    expect(() => new Rat(1, 0)).toThrow(RangeError);
    expect(new Rat(-7, 2).floor().equals(-4)).toBe(true);
    expect(new Rat(-7, 2).ceil().equals(-3)).toBe(true);
  });
});
