import { describe, expect, it } from 'vitest';
import { forgetFree, scratch, takeBack, trimFree } from './pool.ts';

/** Lends `count` columns of `n` doubles marked with 7 (left over if reused), and takes them back. */
function lendMarked(count: number, n: number): void {
  for (let k = 0; k < count; k++) scratch(n).fill(7);
  takeBack();
}

/** How many of `count` newly lent columns are reused ones (still marked). */
function reusedOf(count: number, n: number): number {
  let reused = 0;
  for (let k = 0; k < count; k++) if (scratch(n)[0] === 7) reused++;
  takeBack();
  return reused;
}

describe('column pool', () => {
  it('reuses taken-back columns', () => {
    forgetFree();
    lendMarked(10, 1000);
    expect(reusedOf(10, 1000)).toBe(10);
  });

  it('keeps at most 16 MB of free columns between runs', () => {
    forgetFree();
    // 300 columns of 80,000 bytes: 24 MB free after the take-back; 16 MB hold 209 of them.
    lendMarked(300, 10_000);
    trimFree();
    expect(reusedOf(300, 10_000)).toBe(Math.floor((16 * 2 ** 20) / 80_000));
    forgetFree();
  });

  it('keeps a small run’s free columns whole', () => {
    forgetFree();
    lendMarked(100, 500);
    trimFree();
    expect(reusedOf(100, 500)).toBe(100);
    forgetFree();
  });
});
