import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { Q } from '../exact/q.ts';
import { numNode } from './node.ts';
import { comparer } from './rank-group.ts';

describe('comparer', () => {
  it('orders one key of exact values as the general comparer does, null last either way', () => {
    const r = rng(21);
    const n = 40;
    for (let round = 0; round < 20; round++) {
      const v = Float64Array.from({ length: n }, () => (r() < 0.2 ? NaN : Math.floor(r() * 8)));
      const key = numNode(
        () => ({ v, e: null }),
        (j) => new Q(v[j]!),
      );
      for (const desc of [true, false]) {
        const fast = comparer([key], [{ v, e: null }], [desc]);
        // Zero bounds as a column: the general comparer, key by key.
        const general = comparer([key], [{ v, e: new Float64Array(n) }], [desc]);
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(Math.sign(fast(a, b))).toBe(Math.sign(general(a, b)));
      }
    }
  });
});
