import { describe, expect, it } from 'vitest';
import { exactInt, readDecimal, readError } from './decimal.ts';

describe('readDecimal error bounds', () => {
  it('calls an integer exact only below 2^53, where every integer is a double', () => {
    const below = readDecimal('9007199254740991');
    expect(readError(below)).toBe(0);
    // 2^53 + 1 reads as 2^53: claiming it exact would decide a comparison with the wrong value.
    const above = readDecimal('9007199254740993');
    expect(above).toBe(2 ** 53);
    expect(readError(above)).toBeGreaterThan(0);
    expect(exactInt(2 ** 53)).toBe(false);
    expect(exactInt(2 ** 53 - 1)).toBe(true);
  });
});

describe('readDecimal texts', () => {
  it('reads plain digits in its short loop and every other accepted form in the general one', () => {
    expect(readDecimal('0')).toBe(0);
    expect(readDecimal('007')).toBe(7);
    expect(readDecimal('123456789012345')).toBe(123456789012345);
    expect(readDecimal('1234567890123456')).toBe(1234567890123456);
    expect(readError(readDecimal('1234567890123456'))).toBe(0);
    expect(readDecimal('-42')).toBe(-42);
    expect(readDecimal(' 42 ')).toBe(42);
    expect(readDecimal('4.25')).toBe(4.25);
    expect(readError(readDecimal('4.25'))).toBeGreaterThan(0);
    expect(readError(readDecimal('4'))).toBe(0);
  });

  it('rejects what the exact engine rejects, also texts Number() would read', () => {
    for (const t of ['', ' ', '-', '1e2', '0x10', '+1', '1.', '.5', '1_000', '12a', 'Infinity', '1.2.3', '--1']) expect(readDecimal(t)).toBeNaN();
  });
});
