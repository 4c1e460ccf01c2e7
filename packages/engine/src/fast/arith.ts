import { column } from './pool.ts';
import { applyBinary } from '../formula/values.ts';
import { exactInt, U } from './decimal.ts';
import { compact, constNode, type FNode, numNode, put } from './node.ts';

const abs = Math.abs;

/** `l op r` for + − × ÷ over columns, with an error bound per value; null (NaN) propagates. */
export function arith(op: '+' | '-' | '*' | '/', l: FNode, r: FNode, n: number): FNode {
  if (l.t !== 'n' || r.t !== 'n') return nullNumber(n);
  const exactAt = (j: number) => applyBinary(op, l.exact(j), r.exact(j));
  return numNode(() => {
    const a = l.col();
    const b = r.col();
    const v = column(n);
    // Allocated at the first inexact value: integer data often stays exact throughout.
    let e: Float64Array | null = null;
    for (let j = 0; j < n; j++) {
      const x = a.v[j]!;
      const y = b.v[j]!;
      const ex = a.e === null ? 0 : a.e[j]!;
      const ey = b.e === null ? 0 : b.e[j]!;
      let s: number;
      let err: number;
      if (op === '+' || op === '-') {
        s = op === '+' ? x + y : x - y;
        err = ex === 0 && ey === 0 && exactInt(s) ? 0 : ex + ey + abs(s) * U;
      } else if (op === '*') {
        s = x * y;
        err = ex === 0 && ey === 0 && exactInt(s) ? 0 : abs(x) * ey + (abs(y) + ey) * ex + abs(s) * U;
      } else {
        if (y === 0 && ey === 0) { v[j] = NaN; continue; }
        if (!(abs(y) > ey * (1 + 4 * U))) { put(v, (e ??= column(n)), j, exactAt(j)); continue; }
        s = x / y;
        err = ex === 0 && ey === 0 && exactInt(s) && s * y === x ? 0 : (abs(x) * ey + abs(y) * ex) / (abs(y) * (abs(y) - ey)) * (1 + 4 * U) + abs(s) * U;
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

/** t1 + t2 + … in one node: the same values and bounds as a chain of `+`, with one column. */
export function sum(terms: readonly FNode[], n: number): FNode {
  if (terms.some((t) => t.t !== 'n')) return nullNumber(n);
  const exactAt = (j: number) => terms.slice(1).reduce((acc, t) => applyBinary('+', acc, t.exact(j)), terms[0]!.exact(j));
  return numNode(() => {
    const first = terms[0]!.col();
    const v = column(n);
    v.set(first.v);
    const e = column(n);
    if (first.e !== null) e.set(first.e);
    for (let k = 1; k < terms.length; k++) {
      const c = terms[k]!.col();
      for (let j = 0; j < n; j++) {
        const s = v[j]! + c.v[j]!;
        const ex = e[j]!;
        const ey = c.e === null ? 0 : c.e[j]!;
        const err = ex === 0 && ey === 0 && exactInt(s) ? 0 : ex + ey + abs(s) * U;
        v[j] = s;
        e[j] = Number.isFinite(s) || Number.isNaN(s) ? err : Infinity;
      }
    }
    return compact(v, e);
  }, exactAt);
}
