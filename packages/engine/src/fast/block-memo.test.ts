import { describe, expect, it } from 'vitest';
import { BlockMemo, type Computes } from './block-memo.ts';
import type { Value } from '../formula/ast.ts';

/**
 * Facts of units 0..n−1: `own` of unit u is `u<u>`; `x` of unit u is `x` of unit u+1 and one more x (the last
 * one's is `x`); `loop` of unit 0 reads every unit's `x`, then its own `loop`.
 */
function chain(memo: BlockMemo, n: number): Computes & { computed: number } {
  const rt = {
    computed: 0,
    computeUnit(p: number, u: number, name: string): Value {
      rt.computed++;
      if (name === 'loop') {
        for (let v = 1; v < n; v++) memo.get(rt, null, p, v, -1, 0, 'x');
        return memo.get(rt, null, p, 0, -1, 1, 'loop');
      }
      if (name === 'own') return `u${u}`;
      return u === n - 1 ? 'x' : `${memo.get(rt, null, p, u + 1, -1, 0, 'x') as string}x`;
    },
    computeInd: () => null,
  };
  return rt;
}

describe('block memo', () => {
  it('computes the same values when it keeps one row as when it keeps all of them, computing forgotten ones again', () => {
    const runs = [1, 100].map((keep) => {
      const memo = new BlockMemo([2, 0], keep);
      const rt = chain(memo, 20);
      const own = [0, 1, 2, 0, 1, 2].map((u) => memo.get(rt, null, 0, u, -1, 1, 'own'));
      const computedOwn = rt.computed;
      // Each unit's chain to the last, forward then backward.
      const x = [...Array.from({ length: 20 }, (_, u) => u), ...Array.from({ length: 20 }, (_, u) => 19 - u)].map((u) => memo.get(rt, null, 0, u, -1, 0, 'x'));
      return { own, computedOwn, x };
    });
    expect(runs[0]!.own).toEqual(['u0', 'u1', 'u2', 'u0', 'u1', 'u2']);
    expect(runs.map((r) => r.computedOwn)).toEqual([6, 3]);
    expect(runs[0]!.x).toEqual(runs[1]!.x);
    expect(runs[1]!.x.slice(0, 2)).toEqual(['x'.repeat(20), 'x'.repeat(19)]);
  });

  it('reports a cycle through many units though it keeps few rows (a row being computed is never forgotten)', () => {
    const memo = new BlockMemo([2, 0], 2);
    expect(() => memo.get(chain(memo, 30), null, 0, 0, -1, 1, 'loop')).toThrow('公式循环引用：loop → loop');
  });
});
