import { column, scratch } from './pool.ts';
import type { Q } from '../exact/q.ts';
import type { Node, Value } from '../formula/ast.ts';
import { applyBinary } from '../formula/values.ts';
import { apart, type CmpOp, decider } from './compare.ts';
import { fromQ } from './decimal.ts';
import { type BoolNode, type NumNode, numNode, T } from './node.ts';

/** One level of tiered thresholds: `x op at` gives `result`. */
interface Tier {
  readonly op: CmpOp;
  readonly at: Q;
  readonly result: Q;
}

const CMP_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** The name a tier's left side reads (`completion`, `K1.completion`), or null for anything else. */
function subject(node: Node): string | null {
  return node.k === 'id' ? node.name : node.k === 'member' ? `${node.object}.${node.prop}` : null;
}

/** Tiered thresholds: the levels in order, and the result when none holds. */
export interface TierLevels {
  readonly tiers: readonly Tier[];
  readonly otherwise: Q;
}

const levelsOf = new WeakMap<Node, (TierLevels & { readonly x: Node }) | null>();

/**
 * The levels of `x op c0 ? r0 : x op c1 ? r1 : … : r` (the chain's formula node, its tests, results
 * and last else as written) when every test compares the same name with a number and every result is
 * a number; else null. Read once per formula node.
 */
export function tierLevels(root: Node, tests: readonly Node[], results: readonly Node[], otherwise: Node): (TierLevels & { readonly x: Node }) | null {
  const known = levelsOf.get(root);
  if (known !== undefined) return known;
  const levels = readLevels(tests, results, otherwise);
  levelsOf.set(root, levels);
  return levels;
}

function readLevels(tests: readonly Node[], results: readonly Node[], otherwise: Node): (TierLevels & { readonly x: Node }) | null {
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

/** Thresholds and results as doubles with their error bounds (the otherwise result last), and each level's comparison. */
interface Table {
  /** Per level, `Decider.mask` and `Decider.oneNull` (a threshold is never null). */
  readonly masks: Int32Array;
  readonly ifNull: Int32Array;
  readonly atV: Float64Array;
  readonly atE: Float64Array;
  readonly results: readonly Q[];
  readonly outV: Float64Array;
  readonly outE: Float64Array;
}

const tables = new WeakMap<TierLevels, Table>();

/** The table of a chain's levels, built once per levels (they belong to the compiled pack). */
function tableOf(levels: TierLevels): Table {
  let t = tables.get(levels);
  if (t !== undefined) return t;
  const { tiers, otherwise } = levels;
  const m = tiers.length;
  const results = [...tiers.map((x) => x.result), otherwise];
  t = {
    masks: Int32Array.from(tiers, (x) => decider(x.op).mask),
    ifNull: Int32Array.from(tiers, (x) => decider(x.op).oneNull),
    atV: new Float64Array(m),
    atE: new Float64Array(m),
    results,
    outV: new Float64Array(m + 1),
    outE: new Float64Array(m + 1),
  };
  for (let k = 0; k <= m; k++) {
    if (k < m) [t.atV[k], t.atE[k]] = fromQ(tiers[k]!.at);
    [t.outV[k], t.outE[k]] = fromQ(results[k]!);
  }
  tables.set(levels, t);
  return t;
}

/**
 * Tiered thresholds over a number column in one pass: for each member the levels are tried in order
 * (a comparison within the error bounds is decided on the exact value, as `compare` does) and the
 * first that holds gives the result. The same values and bounds as the chain of comparisons and
 * choices it stands for, without a column per comparison and per level.
 */
export function tiered(x: NumNode, levels: TierLevels, n: number, on: BoolNode | null = null): NumNode {
  const node = tieredNode(x, levels, n, on);
  // A gated node is not scaled again: the scaled one would lose the gate.
  return on === null ? { ...node, times: (c, gate) => tiered(x, scaledLevels(levels, c), n, gate) } : node;
}

/** Levels with their results times a constant, by the levels and the constant's text: made once per pack and weight. */
const scaled = new WeakMap<TierLevels, Map<string, TierLevels>>();

/** The levels with every result times c, exactly (what the exact engine computes for each member). */
function scaledLevels(levels: TierLevels, c: Q): TierLevels {
  let byFactor = scaled.get(levels);
  if (byFactor === undefined) {
    byFactor = new Map();
    scaled.set(levels, byFactor);
  }
  const key = c.toString();
  let times = byFactor.get(key);
  if (times === undefined) {
    times = { tiers: levels.tiers.map((l) => ({ ...l, result: c.mul(l.result) })), otherwise: c.mul(levels.otherwise) };
    byFactor.set(key, times);
  }
  return times;
}

/** The node of `tiered`; with `on`, null wherever `on` is not true (a gated fact), in the same pass. */
function tieredNode(x: NumNode, levels: TierLevels, n: number, on: BoolNode | null): NumNode {
  const t = tableOf(levels);
  const { results, outV, outE } = t;
  return numNode(
    () => {
      const { v: xv, e: xe } = x.col();
      const g = on === null ? null : on.bits();
      const v = scratch(n);
      // Allocated at the first inexact result (as compact() would drop an all-zero column).
      let e: Float64Array | null = null;
      for (let j = 0; j < n; j++) {
        if (g !== null && g[j] !== T) {
          v[j] = NaN;
          continue;
        }
        const k = levelOf(t, levels, x, xv[j]!, xe === null ? 0 : xe[j]!, j);
        v[j] = outV[k]!;
        if (outE[k] !== 0) (e ??= column(n))[j] = outE[k]!;
      }
      return { v, e };
    },
    (j): Value => {
      const { v, e } = x.col();
      return results[levelOf(t, levels, x, v[j]!, e === null ? 0 : e[j]!, j)]!;
    },
    {
      // Any member's, from x's exact value: each level's comparison made exactly (null where the gate is not true).
      columnless: (j): Value => {
        if (on !== null && on.bits()[j] !== T) return null;
        const xq = x.exact(j);
        const m = levels.tiers.length;
        for (let k = 0; k < m; k++) {
          const tier = levels.tiers[k]!;
          if (xq === null ? t.ifNull[k] === 1 : applyBinary(tier.op, xq, tier.at) === true) return results[k]!;
        }
        return results[m]!;
      },
    },
  );
}

/**
 * The level member j of x takes (the number of levels: none holds), from its double xv and bound xe:
 * `decide` written out for a threshold that is never null, so that the loop over members calls
 * nothing but this; a comparison within the bounds is decided on the exact value.
 */
function levelOf(t: Table, levels: TierLevels, x: NumNode, xv: number, xe: number, j: number): number {
  const { masks, ifNull, atV, atE } = t;
  const m = masks.length;
  for (let k = 0; k < m; k++) {
    let c: number;
    if (xv !== xv) c = ifNull[k]!;
    else {
      const at = atV[k]!;
      const bound = xe + atE[k]!;
      const d = xv - at;
      if (bound === 0) c = (masks[k]! >> (xv < at ? 0 : xv > at ? 2 : 1)) & 1;
      else if (apart(d, bound)) c = (masks[k]! >> (d < 0 ? 0 : 2)) & 1;
      else c = applyBinary(levels.tiers[k]!.op, x.exact(j), levels.tiers[k]!.at) === true ? 1 : 0;
    }
    if (c === 1) return k;
  }
  return m;
}
