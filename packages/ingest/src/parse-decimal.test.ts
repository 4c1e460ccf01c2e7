import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal } from './parse-decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['12', '12'],
    ['-0.5', '-0.5'],
    ['9.60', '9.60'],
    ['1,234.5', '1234.5'],
    ['1,234,567', '1234567'],
    [' 1 234 ', '1234'],
    ['+3', '3'],
    ['.5', '0.5'],
    ['１２．５', '12.5'],
    [83.97, '83.97'],
    [0.1 + 0.2, '0.3'],
  ])('reads %j as %s', (cell, value) => {
    expect(parseDecimal(cell)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1e5', '12%', '1,2', '1,23,456', '1.2.3', '--1'])('rejects %j', (cell) => {
    expect(parseDecimal(cell)).toEqual({ ok: false, message: `"${cell}" 不是数字` });
  });
});

describe('parseCount', () => {
  it('reads whole numbers and drops a zero fraction', () => {
    expect(parseCount('3')).toEqual({ ok: true, value: '3' });
    expect(parseCount(2)).toEqual({ ok: true, value: '2' });
    expect(parseCount('4.00')).toEqual({ ok: true, value: '4' });
  });

  it('rejects fractions and text', () => {
    expect(parseCount('1.5')).toEqual({ ok: false, message: '"1.5" 不是整数' });
    expect(parseCount('两次')).toEqual({ ok: false, message: '"两次" 不是数字' });
  });
});
