import { column, scratch } from './pool.ts';
import type { Q } from '../exact/q.ts';
import type { Node, Value } from '../formula/ast.ts';
import { applyBinary } from '../formula/values.ts';
import { type CmpOp, decide, decider } from './compare.ts';
import { fromQ } from './decimal.ts';
import { type FNode, numNode } from './node.ts';

/** One level of tiered thresholds: `x op at` gives `result`. */
export interface Tier {
  readonly op: CmpOp;
  readonly at: Q;
  readonly result: Q;
}

const CMP_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** The name a tier's left side reads (`completion`, `K1.completion`), or null for anything else. */
function subject(node: Node): string | null {
  return node.k === 'id' ? node.name : node.k === 'member' ? `${node.object}.${node.prop}` : null;
}

/**
 * The levels of `x op c0 ? r0 : x op c1 ? r1 : … : r` (tests, results and the last else as
 * written) when every test compares the same name with a number and every result is a number;
 * else null.
 */
export function tierLevels(tests: readonly Node[], results: readonly Node[], otherwise: Node): { x: Node; tiers: Tier[]; otherwise: Q } | null {
  const first = tests[0];
  if (first?.k !== 'bin' || otherwise.k !== 'num') return null;
  const name = subject(first.l);
  const tiers: Tier[] = [];
  for (let k = 0; k < tests.length; k++) {
    const t = tests[k]!;
    const r = results[k]!;
    if (t.k !== 'bin' || !CMP_OPS.has(t.op) || t.r.k !== 'num' || r.k !== 'num' || name === null || subject(t.l) !== name) return null;
    tiers.push({ op: t.op as CmpOp, at: t.r.v, result: r.v });
  }
  return { x: first.l, tiers, otherwise: otherwise.v };
}

/**
 * Tiered thresholds over a number column in one pass: for each member the levels are tried in order
 * (a comparison within the error bounds is decided on the exact value, as `compare` does) and the
 * first that holds gives the result. The same values and bounds as the chain of comparisons and
 * choices it stands for, without a column per comparison and per level.
 */
export function tiered(x: FNode, tiers: readonly Tier[], otherwise: Q, n: number): FNode {
  const m = tiers.length;
  const deciders = tiers.map((t) => decider(t.op));
  const results = [...tiers.map((t) => t.result), otherwise];
  // Thresholds and results as doubles with their error bounds (the otherwise result last).
  const atV = new Float64Array(m);
  const atE = new Float64Array(m);
  const outV = new Float64Array(m + 1);
  const outE = new Float64Array(m + 1);
  for (let k = 0; k <= m; k++) {
    if (k < m) [atV[k], atE[k]] = fromQ(tiers[k]!.at);
    [outV[k], outE[k]] = fromQ(results[k]!);
  }
  /** The level member j takes (m: none holds). */
  const level = (xv: number, xe: number, j: number): number => {
    for (let k = 0; k < m; k++) {
      let c = decide(deciders[k]!, xv, xe, atV[k]!, atE[k]!);
      if (c === 2) c = applyBinary(tiers[k]!.op, x.exact(j), tiers[k]!.at) === true ? 1 : 0;
      if (c === 1) return k;
    }
    return m;
  };
  return numNode(
    () => {
      const { v: xv, e: xe } = x.col();
      const v = scratch(n);
      // Allocated at the first inexact result (as compact() would drop an all-zero column).
      let e: Float64Array | null = null;
      for (let j = 0; j < n; j++) {
        const k = level(xv[j]!, xe === null ? 0 : xe[j]!, j);
        v[j] = outV[k]!;
        if (outE[k] !== 0) (e ??= column(n))[j] = outE[k]!;
      }
      return { v, e };
    },
    (j): Value => {
      const { v, e } = x.col();
      return results[level(v[j]!, e === null ? 0 : e[j]!, j)]!;
    },
  );
}
