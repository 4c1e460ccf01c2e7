import { afterEach, describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { parseDecimal, Q, roundHalfUp } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { applyBinary } from '../formula/values.ts';
import { arith, gatedSum } from './arith.ts';
import { type CmpOp, numericCompare } from './compare.ts';
import { fromQ } from './decimal.ts';
import { choose, coalesce, gate, round, unaryMath } from './functions.ts';
import { tiered } from './tiers.ts';
import { boolNode, byteOf, constNode, exactMany, type FNode, type NumNode, numNode } from './node.ts';
import { takeBack, transientFrom } from './pool.ts';

const N = 60;

/** A number column holding exact values as the fast path reads them: the double, its bound, the value itself when asked. */
function leaf(xs: readonly Value[], computed = { count: 0 }): NumNode {
  const v = new Float64Array(xs.length);
  const e = new Float64Array(xs.length);
  xs.forEach((x, j) => {
    [v[j], e[j]] = x instanceof Q ? fromQ(x) : [NaN, 0];
  });
  return numNode(
    () => {
      computed.count++;
      return { v, e };
    },
    (j) => xs[j] ?? null,
    { columnless: (j) => xs[j] ?? null },
  );
}

/**
 * Values that sit close together, so that comparisons and roundings fall within the bounds: thirds and
 * sevenths, their decimals to 16 places (just above or below them), halves at a rounding boundary, nulls.
 */
function near(r: () => number): Value {
  const k = 1 + Math.floor(r() * 20);
  switch (Math.floor(r() * 5)) {
    case 0:
      return new Q(k).div(new Q(3));
    case 1:
      return parseDecimal((k / 3).toFixed(16));
    case 2:
      return new Q(k).div(new Q(7));
    case 3:
      return parseDecimal(`${k}.125`);
    default:
      return r() < 0.5 ? null : parseDecimal((k / 7).toFixed(16));
  }
}

const text = (x: Value) => (x instanceof Q ? x.toString() : String(x));
const bools = (r: () => number) => boolNode(() => Uint8Array.from({ length: N }, () => byteOf([true, false, null][Math.floor(r() * 3)]!)));
const all = Array.from({ length: N }, (_, j) => j);

afterEach(() => takeBack());

describe('exact values in a batch', () => {
  it('are what each member’s exact value is, through sums, choices, gates and roundings', () => {
    const r = rng(77);
    for (let round_ = 0; round_ < 30; round_++) {
      const a = leaf(Array.from({ length: N }, () => near(r)));
      const b = leaf(Array.from({ length: N }, () => near(r)));
      const test = bools(r);
      const zero = constNode(new Q(0), N);
      const terms = [
        { gate: test, x: a },
        { gate: null, x: b },
        { gate: bools(r), x: arith('/', a, b, N) },
      ];
      const sum = gatedSum(terms, () => terms.map((t) => (t.gate === null ? t.x : choose(t.gate, t.x, zero, N))), N);
      const nodes: FNode[] = [
        arith('-', a, b, N),
        arith('*', a, b, N, test),
        choose(test, a, b, N),
        gate(test, a, N),
        round(arith('+', a, b, N), 2, N),
        round(a, 1, N, true),
        sum,
        round(sum, 2, N),
      ];
      // Every other member, in reverse: a batch need not be in member order.
      const js = all.filter((j) => j % 2 === round_ % 2).reverse();
      for (const node of nodes) expect(exactMany(node, js).map(text)).toEqual(js.map((j) => text(node.exact(j))));
      // A rounding's column settles the members near a boundary (k.125 to 2 places) on their exact values.
      for (const x of [a, arith('+', a, b, N)]) {
        const rounded = round(x, 2, N);
        const want = all.map((j) => {
          const q = x.exact(j);
          return q instanceof Q ? roundHalfUp(q, 2) : null;
        });
        expect(all.map((j) => text(rounded.exact(j)))).toEqual(want.map(text));
        // The doubles too, which comparisons read first.
        expect(Array.from(rounded.col().v)).toEqual(want.map((q) => (q === null ? NaN : fromQ(q)[0])));
      }
    }
  });

  it('settle comparisons within the bounds on each member’s own exact values', () => {
    const r = rng(78);
    let settled = 0;
    for (let round_ = 0; round_ < 30; round_++) {
      const xs = Array.from({ length: N }, () => near(r));
      // The other side: the same value's 16-place decimal half the time (equal doubles, unequal values).
      const ys = xs.map((x) => (x instanceof Q && r() < 0.5 ? parseDecimal(x.valueOf().toFixed(16)) : near(r)));
      for (const op of ['<', '<=', '>', '>=', '==', '!='] as CmpOp[]) {
        const bits = numericCompare(op, leaf(xs), leaf(ys), N, null);
        if (bits.t !== 'b') throw new Error('a comparison is boolean');
        const got = Array.from(bits.bits());
        expect(got).toEqual(xs.map((x, j) => byteOf(applyBinary(op, x, ys[j]!))));
        settled += xs.filter(
          (x, j) => x instanceof Q && ys[j] instanceof Q && Math.abs(x.valueOf() - (ys[j] as Q).valueOf()) < 1e-12 && text(x) !== text(ys[j]!),
        ).length;
      }
    }
    // Many members were unequal values with (nearly) equal doubles: only their exact values tell them apart.
    expect(settled).toBeGreaterThan(300);
  });

  it('of a gated sum whose terms’ columns were given back are computed again, term by term, to the same values', () => {
    const before = transientFrom(0);
    try {
      const r = rng(79);
      const xs = Array.from({ length: 3 }, () => Array.from({ length: N }, () => near(r)));
      const make = () => {
        const terms = xs.map((x) => ({ gate: null, x: leaf(x) }));
        return gatedSum(terms, () => terms.map((t) => t.x), N);
      };
      const batched = make();
      const once = make();
      const v = (batched as NumNode).col().v.slice();
      expect(exactMany(batched, all).map(text)).toEqual(all.map((j) => text(once.exact(j))));
      expect((batched as NumNode).col().v).toEqual(v);
    } finally {
      transientFrom(before);
    }
  });

  it('of nodes whose columns are not computed are had without computing them, and are the values read with columns', () => {
    const r = rng(80);
    for (let round_ = 0; round_ < 20; round_++) {
      const xs = Array.from({ length: 2 }, () => Array.from({ length: N }, () => near(r)));
      const flags = Array.from({ length: N }, (): Value => [true, false, null][Math.floor(r() * 3)]!);
      const computed = { count: 0 };
      // The same formulas twice over the same values: once read with columns, once without.
      const build = () => {
        const [a, b] = xs.map((x) => leaf(x, computed)) as [NumNode, NumNode];
        const test = boolNode(() => Uint8Array.from(flags, byteOf));
        const zero = constNode(new Q(0), N);
        const terms = [
          { gate: test, x: a },
          { gate: null, x: b },
        ];
        const levels = { tiers: [{ op: '>=' as const, at: new Q(5).div(new Q(3)), result: new Q(3) }], otherwise: new Q(1).div(new Q(7)) };
        return [
          arith('/', a, b, N),
          arith('+', a, b, N, test),
          choose(test, a, b, N),
          gate(test, b, N),
          coalesce([a, b], N),
          round(arith('*', a, b, N), 2, N),
          unaryMath('floor', a, N),
          tiered(a, levels, N, test),
          gatedSum(terms, () => terms.map((t) => (t.gate === null ? t.x : choose(t.gate, t.x, zero, N))), N),
        ];
      };
      const withColumns = build().map((node) => {
        if (node.t === 'n') node.col();
        return all.map((j) => text(node.exact(j)));
      });
      computed.count = 0;
      const columnless = build();
      expect(columnless.map((node) => all.map((j) => text(node.exact(j))))).toEqual(withColumns);
      expect(columnless.map((node) => exactMany(node, all).map(text))).toEqual(withColumns);
      // The leaves' columns were never read.
      expect(computed.count).toBe(0);
    }
  });
});
