import type { Condition, FactCondition } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Node } from '../formula/ast.ts';
import { compileFastCondition, compileNode, type FastScope } from './compile-node.ts';
import { boolNode, byteOf, constNode, type FNode, numNode } from './node.ts';
import { takeBack } from './pool.ts';

const N = 48;

describe('compileFastCondition', () => {
  it('all, any and not hold only where their parts are true: null and what is not a boolean never hold', () => {
    const r = rng(31);
    for (let round = 0; round < 40; round++) {
      // Leaves the scope decides itself: booleans with nulls, and now and then numbers (never true).
      const leaves = new Map<string, FNode>();
      const truth = new Map<string, Value[]>();
      const leaf = (k: number): FactCondition => {
        const fact = `f${round}_${k}`;
        if (r() < 0.15) {
          const v = Float64Array.from({ length: N }, () => Math.floor(r() * 3));
          leaves.set(
            fact,
            numNode(
              () => ({ v, e: null }),
              (j) => new Q(v[j]!),
            ),
          );
          truth.set(
            fact,
            Array.from(v, () => null),
          );
        } else {
          const xs = Array.from({ length: N }, (): Value => [true, false, null][Math.floor(r() * 3)]!);
          const b = Uint8Array.from(xs, byteOf);
          leaves.set(
            fact,
            boolNode(() => b),
          );
          truth.set(fact, xs);
        }
        return { fact, operator: 'equal', value: true };
      };
      let next = 0;
      const cond = (depth: number): Condition => {
        const x = r();
        if (depth > 0 && (depth > 2 || x < 0.4)) return leaf(next++);
        const parts = Array.from({ length: 1 + Math.floor(r() * 3) }, () => cond(depth + 1));
        return x < 0.65 ? { all: parts } : x < 0.9 ? { any: parts } : { not: parts[0]! };
      };
      /** Whether a condition holds for member j: only true holds. */
      const holds = (c: Condition, j: number): boolean => {
        if ('fact' in c) return truth.get(c.fact)![j] === true;
        if ('all' in c) return c.all.every((p) => holds(p, j));
        if ('any' in c) return c.any.some((p) => holds(p, j));
        return !holds(c.not, j);
      };
      // A group at the root (a leaf alone is the scope's own column).
      const c = cond(0);
      const scope: FastScope = {
        n: N,
        ident: () => constNode(null, N),
        member: () => constNode(null, N),
        leaf: (f) => leaves.get(f.fact) ?? null,
      };
      const node = compileFastCondition(c, scope);
      expect(Array.from({ length: N }, (_, j) => node.exact(j))).toEqual(Array.from({ length: N }, (_, j) => holds(c, j)));
      takeBack();
    }
  });
});

describe('indicatorAll and indicatorAny', () => {
  it('hold as the exact engine says: over the indicators whose filter is true, a value holds only when true', () => {
    const r = rng(32);
    /** Booleans with nulls, now and then numbers (never true), per member; and whether the node is boolean. */
    const column = (): { node: FNode; xs: Value[] } => {
      if (r() < 0.15) {
        const v = Float64Array.from({ length: N }, () => Math.floor(r() * 3));
        return {
          node: numNode(
            () => ({ v, e: null }),
            (j) => new Q(v[j]!),
          ),
          xs: Array.from(v, (x) => new Q(x)),
        };
      }
      // Mostly true, so that `all` stays open over several indicators.
      const xs = Array.from({ length: N }, (): Value => (r() < 0.7 ? true : r() < 0.5 ? false : null));
      const b = Uint8Array.from(xs, byteOf);
      return { node: boolNode(() => b), xs };
    };
    for (let round = 0; round < 40; round++) {
      const k = Math.floor(r() * 5);
      const values = Array.from({ length: k }, column);
      const filters = Array.from({ length: k }, column);
      const withFilter = r() < 0.7;
      const scopes = values.map((x, i): FastScope => ({
        n: N,
        ident: (name) => (name === 'x' ? x.node : filters[i]!.node),
        member: () => constNode(null, N),
      }));
      const scope: FastScope = {
        n: N,
        ident: () => constNode(null, N),
        member: () => constNode(null, N),
        indicators: (build) => scopes.map((s) => build(s)),
      };
      for (const fn of ['indicatorAll', 'indicatorAny'] as const) {
        const args: Node[] = [{ k: 'id', name: 'x' }, ...(withFilter ? [{ k: 'id', name: 'f' } as Node] : [])];
        const node = compileNode({ k: 'call', fn, args, id: 0 }, scope);
        const expected = Array.from({ length: N }, (_, j) => {
          const passing = values.filter((_, i) => !withFilter || filters[i]!.xs[j] === true).map((x) => x.xs[j] === true);
          return fn === 'indicatorAll' ? passing.every(Boolean) : passing.some(Boolean);
        });
        expect(Array.from({ length: N }, (_, j) => node.exact(j))).toEqual(expected);
      }
      takeBack();
    }
  });
});
