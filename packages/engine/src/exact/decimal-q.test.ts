import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { decimalQ } from './decimal-q.ts';
import { parseDecimal } from './q.ts';

const same = (s: string) => expect(decimalQ(s), s).toEqual(parseDecimal(s));

describe('decimalQ', () => {
  it('reads what parseDecimal reads, and rejects what it rejects', () => {
    for (const s of [
      '54.875',
      '-54.875',
      '0',
      '-0',
      '-0.0',
      '007',
      '0.10',
      ' 12 ',
      '999999999999999',
      '9999999999999999',
      '9007199254740993',
      '-123456789.0123456',
      '1.000000000000001',
    ])
      same(s);
    for (const s of ['', '-', '.5', '5.', '1e5', '1.2.3', '--1', 'abc', '١٢']) expect(() => decimalQ(s), s).toThrow(RangeError);
  });

  it('reads random decimals and integers as parseDecimal does', () => {
    const r = rng(9);
    const digits = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
    for (let k = 0; k < 50_000; k++) {
      const places = Math.floor(r() * 9);
      const s = `${r() < 0.3 ? '-' : ''}${digits(1 + Math.floor(r() * 16))}${places > 0 ? `.${digits(places)}` : ''}`;
      same(s);
    }
  });
});
