import { describe, expect, it } from 'vitest';
import { boolNode, numNode } from './node.ts';
import { column, forgetFree, freeListBytes, lentCount, scratch, scratchBits, takeBack, takeBackSince, transient, transientFrom, trimWhenIdle } from './pool.ts';

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

  it('lends boolean columns from their own free list: a byte column back is lent again as bytes, never as doubles', () => {
    forgetFree();
    const b = scratchBits(24);
    takeBack();
    // Doubles of the same length are not the bytes given back.
    const d = scratch(24);
    expect(d).toBeInstanceOf(Float64Array);
    expect(scratchBits(24)).toBe(b);
    takeBack();
    expect(column(24)).toBe(d);
    expect(scratchBits(24)).toBe(b);
    takeBack();
    forgetFree();
    expect(scratchBits(24)).not.toBe(b);
    takeBack();
  });

  it('keeps byte columns by length', () => {
    forgetFree();
    const a = scratchBits(8);
    const b = scratchBits(16);
    takeBack();
    expect(scratchBits(16)).toBe(b);
    expect(scratchBits(8)).toBe(a);
    expect(scratchBits(8)).toHaveLength(8);
    takeBack();
  });

  it('trims byte columns with the doubles once idle, by their size in bytes', async () => {
    forgetFree();
    // 100 byte columns of 80,000 (8 MB) and 100 double columns of 10,000 (8 MB): the same size, so 104 columns fit in 8 MB.
    const bits = Array.from({ length: 100 }, () => scratchBits(80_000));
    Array.from({ length: 100 }, () => column(10_000));
    takeBack();
    trimWhenIdle();
    await idle();
    expect(freeListBytes()).toBe(Math.floor((8 * 2 ** 20) / 80_000) * 80_000);
    expect(bits).toContain(scratchBits(80_000));
    takeBack();
    forgetFree();
  });

  /** A node whose column is lent from the pool and holds `x`; `computed` counts how often it was computed. */
  function counted(n: number, x: number) {
    const node = {
      computed: 0,
      ...numNode(
        () => {
          node.computed++;
          return { v: scratch(n).fill(x), e: null };
        },
        () => null,
      ),
    };
    return node;
  }

  it('gives back, after a transient step, the columns lent in it, and its nodes compute them again when read', () => {
    forgetFree();
    const before = counted(5_000, 1);
    const beforeCol = before.col().v;
    const inside = counted(5_000, 2);
    const sum = column(5_000);
    transient(5_000, () => {
      // A node filled before the step is read, not forgotten.
      const a = before.col().v;
      const b = inside.col().v;
      for (let j = 0; j < 5_000; j++) sum[j] = a[j]! + b[j]!;
      expect(inside.col().v).toBe(b);
    });
    expect(sum.every((x) => x === 3)).toBe(true);
    // Only the inside node's column is free again; the earlier node's and the sum stay lent.
    expect(freeListBytes()).toBe(40_000);
    expect(before.col().v).toBe(beforeCol);
    expect(before.computed).toBe(1);
    const again = inside.col().v;
    expect(inside.computed).toBe(2);
    expect(again.every((x) => x === 2)).toBe(true);
    expect(again).not.toBe(sum);
    expect(again).not.toBe(beforeCol);
    takeBack();
    forgetFree();
  });

  it('runs a transient step on a small group as it is: its columns stay lent and its nodes keep them', () => {
    forgetFree();
    const node = counted(100, 5);
    transient(100, () => void node.col());
    expect(freeListBytes()).toBe(0);
    node.col();
    expect(node.computed).toBe(1);
    takeBack();
    forgetFree();
  });

  it('gives back an inner step’s columns at its end and the outer step’s at the outer end; a slice taken back inside is free at once', () => {
    const before = transientFrom(0);
    try {
      forgetFree();
      const outer = counted(10, 1);
      const inner = counted(10, 2);
      transient(10, () => {
        outer.col();
        transient(10, () => void inner.col());
        expect(freeListBytes()).toBe(80);
        expect(outer.computed).toBe(1);
        // A slice of project columns taken back inside a step goes back at once, not at the step's end.
        const mark = lentCount();
        scratch(3);
        takeBackSince(mark);
        expect(freeListBytes()).toBe(80 + 24);
      });
      expect(freeListBytes()).toBe(160 + 24);
      outer.col();
      inner.col();
      expect([outer.computed, inner.computed]).toEqual([2, 2]);
      takeBack();
      forgetFree();
    } finally {
      transientFrom(before);
    }
  });

  it('keeps, after a transient step, the boolean columns lent in it, and their nodes keep them', () => {
    forgetFree();
    let computed = 0;
    const flags = boolNode(() => {
      computed++;
      return scratchBits(5_000).fill(2);
    });
    const numbers = counted(5_000, 4);
    transient(5_000, () => {
      flags.bits();
      numbers.col();
    });
    // The number column is free again; the bytes are not, and are what the node still holds.
    expect(freeListBytes()).toBe(40_000);
    const kept = flags.bits();
    expect(computed).toBe(1);
    expect(kept.every((x) => x === 2)).toBe(true);
    expect(scratchBits(5_000)).not.toBe(kept);
    takeBack();
    expect(freeListBytes()).toBe(40_000 + 2 * 5_000);
    forgetFree();
  });
});
