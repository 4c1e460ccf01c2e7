import { describe, expect, it } from 'vitest';
import { percent } from './percent.ts';

describe('percent', () => {
  it('shows a ratio as a percentage with two decimals', () => {
    expect(percent('1.33333333')).toBe('133.33%');
    expect(percent(0.5)).toBe('50.00%');
    expect(percent('0')).toBe('0.00%');
  });

  it('shows nothing for a missing value', () => {
    expect(percent(null)).toBe('');
    expect(percent('')).toBe('');
    expect(percent('n/a')).toBe('');
  });
});
