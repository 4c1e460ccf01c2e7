import { describe, expect, it } from 'vitest';
import { column, forgetFree, freeListBytes, scratch, takeBack, trimWhenIdle } from './pool.ts';

const idle = () => new Promise<void>((done) => setTimeout(done, 5));

describe('column pool', () => {
  it('lends a taken-back column again, zeroed when asked', () => {
    forgetFree();
    const a = column(1000);
    a.fill(7);
    takeBack();
    const b = scratch(1000);
    expect(b).toBe(a);
    takeBack();
    expect(column(1000)).toBe(a);
    expect(a.every((x) => x === 0)).toBe(true);
    takeBack();
    forgetFree();
  });

  it('keeps a large run’s free columns within its task, and gives most of them up once idle', async () => {
    forgetFree();
    // 200 columns of 10,000 doubles: 16 MB, twice what is kept when idle.
    const lent = Array.from({ length: 200 }, () => column(10_000));
    const small = column(100);
    takeBack();
    expect(freeListBytes()).toBe(200 * 80_000 + 800);
    trimWhenIdle();
    // Still in the same task: the next run would reuse every column.
    expect(freeListBytes()).toBe(200 * 80_000 + 800);
    expect(scratch(10_000)).toBe(lent[199]);
    takeBack();
    await idle();
    // The short columns are kept first, then as many long ones as fit in 8 MB.
    expect(freeListBytes()).toBe(800 + Math.floor((8 * 2 ** 20 - 800) / 80_000) * 80_000);
    expect(scratch(100)).toBe(small);
    takeBack();
    forgetFree();
    expect(freeListBytes()).toBe(0);
  });

  it('keeps columns of no members, and a small run’s columns, when idle', async () => {
    forgetFree();
    Array.from({ length: 50 }, () => column(2_000));
    const empty = column(0);
    takeBack();
    trimWhenIdle();
    await idle();
    expect(freeListBytes()).toBe(50 * 16_000);
    expect(scratch(0)).toBe(empty);
    takeBack();
    forgetFree();
    expect(scratch(0)).not.toBe(empty);
    takeBack();
    forgetFree();
  });
});
