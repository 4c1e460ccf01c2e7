import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { applyBinary, applyUnary } from '../formula/values.ts';
import { compare, type CmpOp, logic, not, numericCompare } from './compare.ts';
import { arith, gatedSum } from './arith.ts';
import { choose, chooseChain, coalesce, gate } from './functions.ts';
import { type BoolNode, boolNode, byteOf, constNode, F, type FNode, type NumNode, numNode, T } from './node.ts';
import { takeBack } from './pool.ts';
import { tiered } from './tiers.ts';

const N = 64;

/** Booleans given as 1, 0 and NaN (null), as a boolean column's bytes. */
function bits(xs: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(xs, (x) => byteOf(x === 1 ? true : x === 0 ? false : null));
}

/** A node's values as doubles: numbers as they are, booleans as 1, 0 and NaN (null). */
function values(x: FNode): Float64Array {
  return x.t === 'b' ? Float64Array.from(x.bits(), (b) => (b === T ? 1 : b === F ? 0 : NaN)) : x.col().v;
}

/** A boolean column of true, false and null (1, 0, NaN). */
function bools(r: () => number): BoolNode {
  const v = bits(Float64Array.from({ length: N }, () => [1, 0, NaN][Math.floor(r() * 3)]!));
  return boolNode(() => v);
}

/** A number column with nulls, exact integers and inexact values (error bounds), whose exact values are tagged by `tag`. */
function numbers(r: () => number, tag: number): NumNode {
  const v = Float64Array.from({ length: N }, () => (r() < 0.2 ? NaN : Math.floor(r() * 100) / (r() < 0.5 ? 1 : 3)));
  const e = Float64Array.from(v, (x) => (Number.isInteger(x) || Number.isNaN(x) ? 0 : Math.abs(x) * 2 ** -52));
  return numNode(
    () => ({ v, e }),
    (j) => new Q(tag * 1000 + j),
  );
}

/** Every member's value, error and exact value of a node, to compare two nodes. */
function dump(x: FNode): [number[], number[], (string | null)[]] {
  const v = values(x);
  const e = x.t === 'b' ? null : x.col().e;
  const exact = (j: number): string | null => {
    const q: Value = x.exact(j);
    return q === null ? null : String(q);
  };
  return [Array.from(v), Array.from({ length: N }, (_, j) => (e === null ? 0 : e[j]!)), Array.from({ length: N }, (_, j) => exact(j))];
}

describe('chooseChain', () => {
  it('gives the values, bounds and exact values of the nested choices it stands for', () => {
    const r = rng(8);
    for (let round = 0; round < 50; round++) {
      const levels = 1 + Math.floor(r() * 4);
      // Some levels test a number (never true), as `if(x, …)` over a number does.
      const tests = Array.from({ length: levels }, (_, k) => (r() < 0.2 ? numbers(r, 90 + k) : bools(r)));
      const values = Array.from({ length: levels }, (_, k) => numbers(r, k));
      const otherwise = numbers(r, 99);
      const nested = tests.reduceRight((acc, t, k) => choose(t, values[k]!, acc, N), otherwise);
      expect(dump(chooseChain(tests, values, otherwise, N))).toEqual(dump(nested));
      takeBack();
    }
  });

  it('chooses booleans too, null where the branch taken is null', () => {
    const r = rng(9);
    const tests = [bools(r), bools(r)];
    const choices = [bools(r), bools(r)];
    const otherwise = bools(r);
    const chained = chooseChain(tests, choices, otherwise, N);
    const t = tests.map(values);
    const expected = Array.from({ length: N }, (_, j) => values(t[0]![j] === 1 ? choices[0]! : t[1]![j] === 1 ? choices[1]! : otherwise)[j]);
    expect(chained.t).toBe('b');
    expect(Array.from(values(chained))).toEqual(expected);
    takeBack();
  });
});

describe('coalesce', () => {
  it('takes for each member the first value that is not null, with its bound and its exact value', () => {
    const r = rng(10);
    for (let round = 0; round < 30; round++) {
      const args = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, k) => numbers(r, k));
      const first = (j: number) => args.find((a) => !Number.isNaN(values(a)[j]!)) ?? args[args.length - 1]!;
      const expected: ReturnType<typeof dump> = [[], [], []];
      for (let j = 0; j < N; j++) {
        const { v, e } = first(j).col();
        const q = first(j).exact(j);
        expected[0].push(v[j]!);
        expected[1].push(e === null ? 0 : e[j]!);
        expected[2].push(q === null ? null : String(q));
      }
      expect(dump(coalesce(args, N))).toEqual(expected);
      takeBack();
    }
  });
});

describe('coalesce with a first argument never null', () => {
  it('is that argument: its values, bounds and exact values', () => {
    const r = rng(22);
    for (let round = 0; round < 10; round++) {
      const v = Float64Array.from({ length: N }, () => Math.floor(r() * 100) / (r() < 0.5 ? 1 : 3));
      const e = Float64Array.from(v, (x) => (Number.isInteger(x) ? 0 : Math.abs(x) * 2 ** -52));
      const first = numNode(
        () => ({ v, e }),
        (j) => new Q(round * 1000 + j),
      );
      expect(dump(coalesce([first, numbers(r, 5)], N))).toEqual(dump(first));
      takeBack();
    }
  });
});

describe('tiered', () => {
  it('gives what the chain of comparisons and choices gives, near and on the thresholds too', () => {
    const r = rng(11);
    const ops: CmpOp[] = ['<', '<=', '>', '>=', '==', '!='];
    const tenth = (k: number) => new Q(k).div(10);
    for (let round = 0; round < 40; round++) {
      // Tenths around the thresholds, some exact (integers), most within their error bound of one; nulls too.
      const xs = Array.from({ length: N }, () => (r() < 0.1 ? null : tenth(Math.floor(r() * 20))));
      const v = Float64Array.from(xs, (q) => (q === null ? NaN : q.valueOf()));
      const e = Float64Array.from(v, (x) => (Number.isNaN(x) || Number.isInteger(x) ? 0 : Math.abs(x) * 2 ** -50));
      const x = numNode(
        () => ({ v, e }),
        (j) => xs[j] ?? null,
      );
      const tiers = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
        op: ops[Math.floor(r() * ops.length)]!,
        at: tenth(Math.floor(r() * 20)),
        result: tenth(Math.floor(r() * 20)),
      }));
      const otherwise = tenth(Math.floor(r() * 20));
      const nested = chooseChain(
        tiers.map((t) => compare(t.op, x, constNode(t.at, N), N)),
        tiers.map((t) => constNode(t.result, N)),
        constNode(otherwise, N),
        N,
      );
      expect(dump(tiered(x, { tiers, otherwise }, N))).toEqual(dump(nested));
      takeBack();
    }
  });
});

describe('gate', () => {
  it('gives what choose(test, a, null) gives, with a test that holds for every member too', () => {
    const r = rng(12);
    const allTrue = boolNode(() => bits(new Float64Array(N).fill(1)));
    for (let round = 0; round < 40; round++) {
      const test = [allTrue, bools(r), constNode(true, N), constNode(false, N), constNode(null, N)][Math.floor(r() * 5)]!;
      const a = r() < 0.3 ? bools(r) : numbers(r, round);
      const fused = gate(test, a, N);
      expect(fused.t).toBe(a.t);
      expect(dump(fused)).toEqual(dump(choose(test, a, constNode(null, N), N)));
      takeBack();
    }
  });
});

/** The same node, not known as a constant or as tiered thresholds: what arith computes without folding it. */
const hidden = (x: NumNode): NumNode => ({ t: x.t, col: x.col, exact: x.exact });

/** Where a node's bound says exact, its double is its exact value. */
function expectSound(x: FNode): void {
  const [v, e, exact] = dump(x);
  for (let j = 0; j < N; j++) if (e[j] === 0 && exact[j] !== null) expect(String(new Q(v[j]!))).toBe(exact[j]);
}

describe('constant factors', () => {
  it('x × 1, 1 × x and x ÷ 1 are x', () => {
    const r = rng(13);
    const one = constNode(new Q(1), N) as NumNode;
    for (let round = 0; round < 20; round++) {
      const x = numbers(r, round);
      for (const [op, a, b] of [
        ['*', x, one],
        ['*', one, x],
        ['/', x, one],
      ] as const) {
        const folded = arith(op, a, b, N);
        const plain = arith(op, hidden(a), hidden(b), N);
        expect(dump(folded)[2]).toEqual(dump(plain)[2]);
        expect(dump(folded)[0]).toEqual(dump(plain)[0]);
        expectSound(folded);
      }
      takeBack();
    }
  });

  it('a constant times tiered thresholds scales their results exactly', () => {
    const r = rng(14);
    const tenth = (k: number) => new Q(k).div(10);
    for (let round = 0; round < 30; round++) {
      const xs = Array.from({ length: N }, () => (r() < 0.1 ? null : tenth(Math.floor(r() * 20))));
      const v = Float64Array.from(xs, (q) => (q === null ? NaN : q.valueOf()));
      const e = Float64Array.from(v, (x) => (Number.isNaN(x) || Number.isInteger(x) ? 0 : Math.abs(x) * 2 ** -50));
      const x = numNode(
        () => ({ v, e }),
        (j) => xs[j] ?? null,
      );
      const levels = {
        tiers: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
          op: '>=' as const,
          at: tenth(Math.floor(r() * 20)),
          result: tenth(Math.floor(r() * 20)),
        })),
        otherwise: tenth(Math.floor(r() * 5)),
      };
      const c = constNode(new Q(1 + Math.floor(r() * 7), 1 + Math.floor(r() * 3)), N);
      const t = tiered(x, levels, N);
      for (const folded of [arith('*', c, t, N), arith('*', t, c, N)]) {
        expect(dump(folded)[2]).toEqual(dump(arith('*', c, hidden(t), N))[2]);
        expectSound(folded);
      }
      takeBack();
    }
  });
});

describe('comparisons', () => {
  const ops: CmpOp[] = ['<', '<=', '>', '>=', '==', '!='];
  /** Integers and nulls, exact (no bound column) or with a column of zero bounds (the general loop). */
  const exactInts = (r: () => number): Float64Array => Float64Array.from({ length: N }, () => (r() < 0.2 ? NaN : Math.floor(r() * 5)));
  const node = (v: Float64Array, bounds: boolean): NumNode =>
    numNode(
      () => ({ v, e: bounds ? new Float64Array(N) : null }),
      (j) => new Q(v[j]!),
    );

  it('decide exact values the same with or without a column of zero bounds', () => {
    const r = rng(15);
    for (let round = 0; round < 30; round++) {
      const a = exactInts(r);
      const b = exactInts(r);
      for (const op of ops) expect(dump(compare(op, node(a, false), node(b, false), N))).toEqual(dump(compare(op, node(a, true), node(b, true), N)));
      takeBack();
    }
  });

  it('compare with null as with any column of nulls of another kind', () => {
    const r = rng(16);
    const nulls = boolNode(() => bits(new Float64Array(N).fill(NaN)));
    for (let round = 0; round < 10; round++) {
      const x = numbers(r, round);
      for (const op of ['==', '!='] as const) {
        expect(dump(compare(op, x, constNode(null, N), N))).toEqual(dump(compare(op, x, nulls, N)));
        expect(dump(compare(op, constNode(null, N), x, N))).toEqual(dump(compare(op, nulls, x, N)));
      }
      takeBack();
    }
  });
});

describe('gated operators', () => {
  it('give what gate(on, …) gives over the ungated operator, in their own pass', () => {
    const r = rng(17);
    const allTrue = boolNode(() => bits(new Float64Array(N).fill(1)));
    const ops: CmpOp[] = ['<', '<=', '>', '>=', '==', '!='];
    const tenth = (k: number) => new Q(k).div(10);
    const levels = {
      tiers: [
        { op: '>=' as const, at: tenth(12), result: new Q(1) },
        { op: '>=' as const, at: tenth(8), result: tenth(6) },
      ],
      otherwise: new Q(0),
    };
    for (let round = 0; round < 30; round++) {
      const on = r() < 0.2 ? allTrue : bools(r);
      const x = numbers(r, round);
      const y = numbers(r, 50 + round);
      for (const op of ['+', '-', '*', '/'] as const) expect(dump(arith(op, x, y, N, on))).toEqual(dump(gate(on, arith(op, x, y, N), N)));
      for (const op of ops) expect(dump(numericCompare(op, x, y, N, on))).toEqual(dump(gate(on, compare(op, x, y, N), N)));
      // Exact columns (no bounds) take the comparison's other loop.
      const ints = (): NumNode => {
        const v = Float64Array.from({ length: N }, () => (r() < 0.2 ? NaN : Math.floor(r() * 5)));
        return numNode(
          () => ({ v, e: null }),
          (j) => new Q(v[j]!),
        );
      };
      const [a, b] = [ints(), ints()];
      for (const op of ops) expect(dump(numericCompare(op, a, b, N, on))).toEqual(dump(gate(on, compare(op, a, b, N), N)));
      expect(dump(tiered(x, levels, N, on))).toEqual(dump(gate(on, tiered(x, levels, N), N)));
      const c = constNode(new Q(3), N);
      expect(dump(arith('*', c, tiered(x, levels, N), N, on))).toEqual(dump(gate(on, arith('*', c, tiered(x, levels, N), N), N)));
      // x × 1 gated takes a product's pass (x itself must not be written into): the same values, a product's bounds.
      for (const op of ['*', '/'] as const) {
        const [v, , exact] = dump(arith(op, x, constNode(new Q(1), N), N, on));
        const [gv, , gexact] = dump(gate(on, x, N));
        expect([v, exact]).toEqual([gv, gexact]);
        expectSound(arith(op, x, constNode(new Q(1), N), N, on));
      }
      takeBack();
    }
  });

  it('scale only an ungated tiered node: a gated one keeps its gate', () => {
    const r = rng(18);
    const on = bools(r);
    const x = numbers(r, 1);
    const levels = { tiers: [{ op: '>=' as const, at: new Q(50), result: new Q(1) }], otherwise: new Q(0) };
    const c = constNode(new Q(2), N);
    const gated = tiered(x, levels, N, on);
    expect(dump(arith('*', c, gated, N))).toEqual(dump(arith('*', c, hidden(gated), N)));
    takeBack();
  });
});

describe('gated sums of constant integers', () => {
  it('give the values and bounds of the general sum, gates of every kind', () => {
    const r = rng(19);
    for (let round = 0; round < 30; round++) {
      const terms = Array.from({ length: 1 + Math.floor(r() * 30) }, () => ({
        gate: [null, bools(r), bools(r), numbers(r, 7), constNode(null, N)][Math.floor(r() * 5)]!,
        x: constNode(new Q(Math.floor(r() * 11) - 3), N) as NumNode,
      }));
      const exactTerms = () => [constNode(new Q(0), N)];
      const general = terms.map((t) => ({ gate: t.gate, x: hidden(t.x) }));
      const [v, e] = dump(gatedSum(terms, exactTerms, N));
      expect([v, e]).toEqual(dump(gatedSum(general, exactTerms, N)).slice(0, 2));
      takeBack();
    }
  });
});

describe('logic', () => {
  it('is Kleene && and ||, with a side that is true (&&) or false (||) for every member too', () => {
    const r = rng(23);
    const all = (x: number) => boolNode(() => bits(new Float64Array(N).fill(x)));
    const kleene = (op: '&&' | '||', x: number, y: number): number => {
      const strong = op === '&&' ? 0 : 1;
      return x === strong || y === strong ? strong : x === 1 - strong && y === 1 - strong ? 1 - strong : NaN;
    };
    for (let round = 0; round < 20; round++) {
      const sides = [bools(r), all(1), all(0), numbers(r, 3)];
      for (const op of ['&&', '||'] as const)
        for (const a of sides)
          for (const b of sides) {
            const av = a.t === 'b' ? values(a) : new Float64Array(N).fill(NaN);
            const bv = b.t === 'b' ? values(b) : new Float64Array(N).fill(NaN);
            expect(Array.from(values(logic(op, a, b, N)))).toEqual(Array.from({ length: N }, (_, j) => kleene(op, av[j]!, bv[j]!)));
          }
      takeBack();
    }
  });

  it('x == null and x != null over a column without nulls', () => {
    const v = Float64Array.from({ length: N }, (_, j) => j);
    const x = numNode(
      () => ({ v, e: null }),
      (j) => new Q(j),
    );
    expect(Array.from(values(compare('==', x, constNode(null, N), N)))).toEqual(new Array(N).fill(0));
    expect(Array.from(values(compare('!=', x, constNode(null, N), N)))).toEqual(new Array(N).fill(1));
    takeBack();
  });
});

describe('boolean columns (a byte a member)', () => {
  /** Integers and nulls whose exact values are their doubles, so that any operator can be checked against the exact one. */
  const ints = (r: () => number): NumNode => {
    const v = Float64Array.from({ length: N }, () => (r() < 0.2 ? NaN : Math.floor(r() * 3)));
    return numNode(
      () => ({ v, e: null }),
      (j) => (Number.isNaN(v[j]!) ? null : new Q(v[j]!)),
    );
  };
  const sides = (r: () => number): FNode[] => [
    bools(r),
    bools(r),
    ints(r),
    constNode(null, N),
    constNode(true, N),
    constNode(false, N),
    constNode(new Q(1), N),
  ];

  it('comparisons, && and || of every kind give what the exact operators give', () => {
    const r = rng(24);
    const ops = ['<', '<=', '>', '>=', '==', '!=', '&&', '||'] as const;
    for (let round = 0; round < 10; round++) {
      const xs = sides(r);
      for (const op of ops)
        for (const a of xs)
          for (const b of xs) {
            const node = op === '&&' || op === '||' ? logic(op, a, b, N) : compare(op, a, b, N);
            expect(node.t).toBe('b');
            const got = Array.from({ length: N }, (_, j) => node.exact(j));
            expect(got).toEqual(Array.from({ length: N }, (_, j) => applyBinary(op, a.exact(j), b.exact(j))));
          }
      takeBack();
    }
  });

  it('! gives what the exact operator gives, null for what is not a boolean', () => {
    const r = rng(25);
    for (const a of sides(r)) {
      const node = not(a, N);
      expect(Array.from({ length: N }, (_, j) => node.exact(j))).toEqual(Array.from({ length: N }, (_, j) => applyUnary('!', a.exact(j))));
    }
    takeBack();
  });

  it('coalesce over booleans takes each member the first that is not null', () => {
    const r = rng(26);
    for (let round = 0; round < 20; round++) {
      const args = Array.from({ length: 1 + Math.floor(r() * 4) }, (): FNode => (r() < 0.2 ? constNode(null, N) : bools(r)));
      if (!args.some((a) => a.t === 'b')) args.push(bools(r));
      const got = coalesce(args, N);
      expect(got.t).toBe('b');
      const expected = Array.from({ length: N }, (_, j) => args.map((a) => a.exact(j)).find((x) => x !== null) ?? null);
      expect(Array.from({ length: N }, (_, j) => got.exact(j))).toEqual(expected);
      takeBack();
    }
  });
});
