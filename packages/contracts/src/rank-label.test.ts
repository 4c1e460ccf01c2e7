import { describe, expect, it } from 'vitest';
import { rankLabel } from './rank-label.ts';

describe('rankLabel', () => {
  it('marks vetoed units, ranked last or not ranked', () => {
    expect(rankLabel({ rank: 3, vetoed: false })).toBe('3');
    expect(rankLabel({ rank: 4, vetoed: true })).toBe('4（一票否决）');
    expect(rankLabel({ rank: null, vetoed: true })).toBe('一票否决');
    expect(rankLabel({ rank: null, vetoed: false })).toBe('');
  });
});
