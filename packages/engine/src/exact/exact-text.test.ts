import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { exactText } from './exact-text.ts';
import { parseDecimal, Q, toExact } from './q.ts';

/** A random decimal text: sign, up to `int` integer digits, up to `frac` decimals (trailing zeros kept). */
function decimal(r: () => number, int: number, frac: number): string {
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  const places = Math.floor(r() * (frac + 1));
  const whole = digits(1 + Math.floor(r() * int)).replace(/^0+(?=\d)/, '');
  return `${r() < 0.3 ? '-' : ''}${whole}${places > 0 ? `.${digits(places)}` : ''}`;
}

describe('exactText', () => {
  it('writes what toExact writes for known values', () => {
    for (const s of ['54.875', '-54.875', '0', '-0', '0.0', '7', '-7', '0.1', '-0.05', '1.00', '9007199254740991', '-9007199254740991', '123456789.123456'])
      expect(exactText(parseDecimal(s))).toBe(toExact(parseDecimal(s)));
    for (const [a, b] of [
      [537, 812],
      [-1, 3],
      [16900, 171],
      [1, 1024],
      [-3, 3125],
      [2 ** 52, 5 ** 22],
    ] as const)
      expect(exactText(new Q(a, b))).toBe(toExact(new Q(a, b)));
    expect(exactText(new Q(10n ** 30n, 7n))).toBe(toExact(new Q(10n ** 30n, 7n)));
  });

  it('writes what toExact writes for random decimals, integers, quotients, products and sums', () => {
    const r = rng(8);
    for (let k = 0; k < 20_000; k++) {
      const a = parseDecimal(decimal(r, 16, 8));
      const b = parseDecimal(decimal(r, 6, 6));
      const values = [a, b, a.add(b), a.mul(b), a.sub(b)];
      if (!b.isZero()) values.push(a.div(b));
      for (const x of values) {
        const want = toExact(x);
        if (exactText(x) !== want) expect.fail(`${x.toString()}: ${exactText(x)} ≠ ${want}`);
      }
    }
  });
});
