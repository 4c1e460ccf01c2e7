import { describe, expect, it } from 'vitest';
import { makeResult, makeUnit } from './testing/make-pack.ts';
import { rankMoves } from './rank-moves.ts';

describe('rankMoves', () => {
  it('takes the engine’s previous rank when the result has one', () => {
    const now = makeResult([makeUnit('A', 1, '90', { previousRank: 3 }), makeUnit('B', 2, '80', { previousRank: null }), makeUnit('C', null, '70')]);
    expect(rankMoves(now, null)).toEqual({ A: 2, B: null, C: null });
  });

  it('falls back to the preceding stored run, else gives no moves', () => {
    const before = makeResult([makeUnit('A', 2, '80'), makeUnit('B', 1, '90')]);
    const now = makeResult([makeUnit('A', 1, '90'), makeUnit('B', 2, '80')]);
    expect(rankMoves(now, before)).toEqual({ A: 1, B: -1 });
    expect(rankMoves(now, null)).toEqual({});
  });
});
