import { describe, expect, it } from 'vitest';
import { candidatesFor, closestName, editDistance, namesHint } from './suggest.ts';

describe('name suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('completon', 'completion')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('rank', 'rank')).toBe(0);
  });

  it('suggests the nearest name only when it is close', () => {
    expect(closestName('completon', ['actual', 'completion', 'target'])).toBe('completion');
    expect(closestName('Rank', ['rank', 'total'])).toBe('rank');
    expect(closestName('zzzzzz', ['rank', 'total'])).toBeNull();
  });

  it('lists every name, or says how many more', () => {
    const many = Array.from({ length: 70 }, (_, k) => `n${k}`);
    expect(namesHint('x', ['a', 'b'])).toBe('。可用的名称有：a、b');
    expect(namesHint('n5x', many)).toMatch(/^。是不是 “n5”？可用的名称有：n0、.*n59…（还有 10 个）$/);
  });

  it('offers the members of the indicator a dotted name starts with', () => {
    expect(candidatesFor('K5.completon', ['rank', 'K1.actual', 'K5.actual', 'K5.completion'])).toEqual(['K5.actual', 'K5.completion']);
    expect(candidatesFor('rnak', ['rank', 'K1.actual'])).toEqual(['rank']);
  });
});
