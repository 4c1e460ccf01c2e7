import { describe, expect, it } from 'vitest';
import { column, forgetFree, scratch, scratchBits, takeBack } from './pool.ts';

describe('pool', () => {
  it('lends boolean columns from their own free list: a byte column back is lent again as bytes, never as doubles', () => {
    forgetFree();
    const b = scratchBits(24);
    takeBack();
    // Doubles of the same length are not the bytes given back.
    const d = scratch(24);
    expect(d).toBeInstanceOf(Float64Array);
    expect(scratchBits(24)).toBe(b);
    takeBack();
    expect(column(24)).toBe(d);
    expect(scratchBits(24)).toBe(b);
    takeBack();
    forgetFree();
    expect(scratchBits(24)).not.toBe(b);
    takeBack();
  });

  it('keeps byte columns by length', () => {
    forgetFree();
    const a = scratchBits(8);
    const b = scratchBits(16);
    takeBack();
    expect(scratchBits(16)).toBe(b);
    expect(scratchBits(8)).toBe(a);
    expect(scratchBits(8)).toHaveLength(8);
    takeBack();
  });
});
