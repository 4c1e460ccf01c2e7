import { column, scratch } from './pool.ts';
import { applyBinary } from '../formula/values.ts';
import { exactInt, U } from './decimal.ts';
import { compact, constNode, exactZeros, type FNode, numNode, put } from './node.ts';

const abs = Math.abs;

/** `l op r` for + − × ÷ over columns, with an error bound per value; null (NaN) propagates. */
export function arith(op: '+' | '-' | '*' | '/', l: FNode, r: FNode, n: number): FNode {
  if (l.t !== 'n' || r.t !== 'n') return nullNumber(n);
  const exactAt = (j: number) => applyBinary(op, l.exact(j), r.exact(j));
  return numNode(() => {
    const { v: av, e: ae } = l.col();
    const { v: bv, e: be } = r.col();
    const v = scratch(n);
    // Allocated at the first inexact value: integer data often stays exact throughout.
    let e: Float64Array | null = null;
    for (let j = 0; j < n; j++) {
      const x = av[j]!;
      const y = bv[j]!;
      const ex = ae === null ? 0 : ae[j]!;
      const ey = be === null ? 0 : be[j]!;
      let s: number;
      let err: number;
      if (op === '+' || op === '-') {
        s = op === '+' ? x + y : x - y;
        err = ex === 0 && ey === 0 && exactInt(s) ? 0 : ex + ey + abs(s) * U;
      } else if (op === '*') {
        s = x * y;
        err = ex === 0 && ey === 0 && exactInt(s) ? 0 : abs(x) * ey + (abs(y) + ey) * ex + abs(s) * U;
      } else {
        // Null over anything, or anything over null or an exact zero, is null: no exact value to ask for.
        if (y !== y || x !== x || (y === 0 && ey === 0)) {
          v[j] = NaN;
          continue;
        }
        if (!(abs(y) > ey * (1 + 4 * U))) {
          put(v, (e ??= column(n)), j, exactAt(j));
          continue;
        }
        s = x / y;
        err = ex === 0 && ey === 0 && exactInt(s) && s * y === x ? 0 : ((abs(x) * ey + abs(y) * ex) / (abs(y) * (abs(y) - ey))) * (1 + 4 * U) + abs(s) * U;
      }
      v[j] = s;
      const bound = Number.isFinite(s) || Number.isNaN(s) ? err : Infinity;
      if (bound !== 0) (e ??= column(n))[j] = bound;
    }
    return { v, e };
  }, exactAt);
}

/** A number column that is null for every member (arithmetic on a boolean, for instance). */
export function nullNumber(n: number): FNode {
  const z = constNode(null, n);
  return { t: 'n', col: z.col, exact: z.exact };
}

/** One term of a gated sum: `x` where `gate` is true, 0 elsewhere; no gate adds `x` everywhere. */
export interface GatedTerm {
  readonly gate: FNode | null;
  readonly x: FNode;
}

/**
 * Σ over terms of (gate ? x : 0) — what indicatorSum(x, filter) adds up — in one pass per term and
 * one column, with the values and bounds of the chain of `if` and `+` nodes it stands for
 * (`exactTerms` builds those nodes, which give the exact values). A gate that is not boolean takes 0; an `x`
 * that is not a number is null.
 */
export function gatedSum(terms: readonly GatedTerm[], exactTerms: () => readonly FNode[], n: number): FNode {
  if (terms.length === 0) return exactTerms()[0]!;
  // Those nodes are built when an exact value is first asked for: most runs never ask.
  let built: readonly FNode[] | null = null;
  const exactAt = (j: number) => {
    const ts = (built ??= exactTerms());
    return ts.slice(1).reduce((acc, t) => applyBinary('+', acc, t.exact(j)), ts[0]!.exact(j));
  };
  return numNode(() => {
    const v = scratch(n);
    const e = scratch(n);
    for (let k = 0; k < terms.length; k++) {
      const [g, xv, xe] = termColumns(terms[k]!, n);
      if (k === 0) firstTerm(g, xv, xe, v, e, n);
      else addTerm(g, xv, xe, v, e, n);
    }
    return compact(v, e);
  }, exactAt);
}

/**
 * A term's gate, values and bounds as columns, so that the loops read every member the same way:
 * no gate passes everywhere, a gate that is not boolean nowhere; an `x` that is not a number is null.
 */
function termColumns(t: GatedTerm, n: number): [Float64Array, Float64Array, Float64Array] {
  const g = t.gate === null ? constNode(true, n).col().v : t.gate.t === 'b' ? t.gate.col().v : exactZeros(n);
  const { v, e } = t.x.t === 'n' ? t.x.col() : { v: constNode(null, n).col().v, e: null };
  return [g, v, e ?? exactZeros(n)];
}

/** The first term of a gated sum: x where the gate holds, else 0. */
function firstTerm(g: Float64Array, xv: Float64Array, xe: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    const on = g[j] === 1;
    v[j] = on ? xv[j]! : 0;
    e[j] = on ? xe[j]! : 0;
  }
}

/** Adds a term to a gated sum, with the bound of `+` (a term that does not pass adds an exact 0). */
function addTerm(g: Float64Array, xv: Float64Array, xe: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    const on = g[j] === 1;
    const y = on ? xv[j]! : 0;
    const ey = on ? xe[j]! : 0;
    const s = v[j]! + y;
    const ex = e[j]!;
    const err = ex === 0 && ey === 0 && exactInt(s) ? 0 : ex + ey + abs(s) * U;
    v[j] = s;
    e[j] = Number.isFinite(s) || Number.isNaN(s) ? err : Infinity;
  }
}
