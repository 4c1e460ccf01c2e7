import { describe, expect, it } from 'vitest';
import { UnitCache } from './unit-cache.ts';

describe('unit cache', () => {
  it('keeps the last `keep` units, forgetting the oldest first', () => {
    const ring = new UnitCache<string>(3);
    expect([10, 11, 12].map((u) => ring.add(u, `v${u}`))).toEqual([-1, -1, -1]);
    expect(ring.add(13, 'v13')).toBe(10);
    expect(ring.add(14, 'v14')).toBe(11);
    expect([10, 11, 12, 13, 14].map((u) => ring.get(u))).toEqual([undefined, undefined, 'v12', 'v13', 'v14']);
  });

  it('never forgets a pinned value, and grows when every value is pinned', () => {
    const ring = new UnitCache<string>(2);
    ring.add(1, 'a');
    ring.add(2, 'b');
    const pinned = (x: string) => x === 'a';
    expect(ring.add(3, 'c', pinned)).toBe(2);
    expect(ring.add(4, 'd', (x) => x === 'a' || x === 'c')).toBe(-1);
    expect([1, 2, 3, 4].map((u) => ring.get(u))).toEqual(['a', undefined, 'c', 'd']);
  });
});
