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
