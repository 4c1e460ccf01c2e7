import { describe, expect, it } from 'vitest';
import { plainNumber } from './plain-number.ts';

describe('plainNumber', () => {
  it.each([
    [7, '7'],
    [-0.5, '-0.5'],
    [83.97, '83.97'],
    [0.1 + 0.2, '0.3'],
    [1234567.891, '1234567.891'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-0, '0'],
    [100, '100'],
  ])('%s → %s', (n, text) => {
    expect(plainNumber(n)).toBe(text);
  });
});
