import { column, scratch, transient } from './pool.ts';
import type { Value } from '../formula/ast.ts';
import { applyBinary } from '../formula/values.ts';
import { exactInt, U } from './decimal.ts';
import { isQ } from '../exact/q.ts';
import { type BoolNode, compact, constNode, exactMany, exactZeros, F, fillBits, type FNode, type NumNode, numNode, put, T } from './node.ts';

const abs = Math.abs;

/**
 * `l op r` for + − × ÷ over columns, with an error bound per value; null (NaN) propagates. With `on`
 * (a boolean node: the gate of an indicator fact), what `gate(on, l op r)` gives, in the operator's
 * own pass: null wherever `on` is not true, with no column and no pass for the gate.
 */
export function arith(op: '+' | '-' | '*' | '/', l: FNode, r: FNode, n: number, on: BoolNode | null = null): NumNode {
  if (l.t !== 'n' || r.t !== 'n') return nullNumber(n);
  const folded = op === '*' ? foldProduct(l, r, on) : op === '/' && on === null && isOne(r) ? l : null;
  if (folded !== null) return folded;
  // Any member's exact value: null where the gate is not true, as the column is.
  const exactAt = (j: number) => (on !== null && on.bits()[j] !== T ? null : applyBinary(op, l.exact(j), r.exact(j)));
  const many = (js: readonly number[]): Value[] => {
    const g = on === null ? null : on.bits();
    const live = g === null ? js : js.filter((j) => g[j] === T);
    const a = exactMany(l, live);
    const b = exactMany(r, live);
    const out = new Array<Value>(js.length).fill(null);
    for (let i = 0, k = 0; i < js.length; i++) if (g === null || g[js[i]!] === T) out[i] = applyBinary(op, a[k]!, b[k++]!);
    return out;
  };
  return numNode(
    () => {
      const { v: av, e: ae } = l.col();
      const { v: bv, e: be } = r.col();
      const g = on === null ? null : on.bits();
      // Exact operands read as zero bounds, so that each operator's loop reads every member the same way.
      const zero = exactZeros(n);
      const v = scratch(n);
      if (op === '/') return { v, e: quotients(av, ae ?? zero, bv, be ?? zero, g, v, n, exactAt) };
      return {
        v,
        e: op === '*' ? products(av, ae ?? zero, bv, be ?? zero, g, v, n) : sums(av, ae ?? zero, op === '+' ? 1 : -1, bv, be ?? zero, g, v, n),
      };
    },
    exactAt,
    { many, columnless: exactAt },
  );
}

/** Whether a node is the constant 1: x × 1 and x ÷ 1 are x, the same doubles and exact values, without a pass. */
function isOne(x: FNode): boolean {
  return isQ(x.value) && x.value.equals(1);
}

/**
 * A product that needs no pass of its own, or null: a factor of 1 (timeProgress at the year's end),
 * or a constant times tiered thresholds (`weight * if(…)`), which are the thresholds with each
 * result times the constant, exactly.
 */
function foldProduct(l: NumNode, r: NumNode, on: BoolNode | null): NumNode | null {
  // A factor of 1 gives the other operand itself, which a gate must not write into: gated, it takes a pass.
  if (on === null && isOne(r)) return l;
  if (on === null && isOne(l)) return r;
  if (isQ(l.value) && r.times !== undefined) return r.times(l.value, on);
  return isQ(r.value) && l.times !== undefined ? l.times(r.value, on) : null;
}

/** The bound stored for a result: Infinity where the double overflowed. */
function bounded(s: number, err: number): number {
  return Number.isFinite(s) || s !== s ? err : Infinity;
}

/** The bound of a sum s of two values with bounds ex and ey: 0 when both are exact and s is an exact integer. */
export function sumBound(s: number, ex: number, ey: number): number {
  return bounded(s, ex === 0 && ey === 0 && exactInt(s) ? 0 : ex + ey + abs(s) * U);
}

/*
 * Each loop writes the values into v and returns their bounds, allocated at the first inexact value
 * (integer data often stays exact throughout), or null. Where a gate g is given and not true, the
 * value is null and nothing is computed.
 */

/** x + y, or x − y as x + (−1 · y): the same double, since negation is exact. */
function sums(
  av: Float64Array,
  ae: Float64Array,
  sign: number,
  bv: Float64Array,
  be: Float64Array,
  g: Uint8Array | null,
  v: Float64Array,
  n: number,
): Float64Array | null {
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    if (g !== null && g[j] !== T) {
      v[j] = NaN;
      continue;
    }
    const ex = ae[j]!;
    const ey = be[j]!;
    const s = av[j]! + sign * bv[j]!;
    v[j] = s;
    const err = sumBound(s, ex, ey);
    if (err !== 0) (e ??= column(n))[j] = err;
  }
  return e;
}

function products(
  av: Float64Array,
  ae: Float64Array,
  bv: Float64Array,
  be: Float64Array,
  g: Uint8Array | null,
  v: Float64Array,
  n: number,
): Float64Array | null {
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    if (g !== null && g[j] !== T) {
      v[j] = NaN;
      continue;
    }
    const x = av[j]!;
    const y = bv[j]!;
    const ex = ae[j]!;
    const ey = be[j]!;
    const s = x * y;
    v[j] = s;
    const err = bounded(s, ex === 0 && ey === 0 && exactInt(s) ? 0 : abs(x) * ey + (abs(y) + ey) * ex + abs(s) * U);
    if (err !== 0) (e ??= column(n))[j] = err;
  }
  return e;
}

function quotients(
  av: Float64Array,
  ae: Float64Array,
  bv: Float64Array,
  be: Float64Array,
  g: Uint8Array | null,
  v: Float64Array,
  n: number,
  exactAt: (j: number) => Value,
): Float64Array | null {
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    const x = av[j]!;
    const y = bv[j]!;
    const ex = ae[j]!;
    const ey = be[j]!;
    // Null over anything, or anything over null or an exact zero, is null: no exact value to ask for.
    if ((g !== null && g[j] !== T) || y !== y || x !== x || (y === 0 && ey === 0)) {
      v[j] = NaN;
      continue;
    }
    // A divisor within its bound of zero: only the exact value can tell.
    if (!(abs(y) > ey * (1 + 4 * U))) {
      put(v, (e ??= column(n)), j, exactAt(j));
      continue;
    }
    const s = x / y;
    v[j] = s;
    const err = bounded(
      s,
      ex === 0 && ey === 0 && exactInt(s) && s * y === x ? 0 : ((abs(x) * ey + abs(y) * ex) / (abs(y) * (abs(y) - ey))) * (1 + 4 * U) + abs(s) * U,
    );
    if (err !== 0) (e ??= column(n))[j] = err;
  }
  return e;
}

/** A number column that is null for every member (arithmetic on a boolean, for instance). */
export function nullNumber(n: number): NumNode {
  const z = constNode(null, n) as NumNode;
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
  // The terms' columns were given back once summed (see below). A member's exact value is the sum of
  // the terms' exact values, had without their columns where the terms can (ExactWays.columnless);
  // a batch goes a term at a time, and a column a term computes is given back before the next.
  const exactAt = (j: number) => {
    const ts = (built ??= exactTerms());
    return ts.slice(1).reduce((acc, t) => applyBinary('+', acc, t.exact(j)), ts[0]!.exact(j));
  };
  // Any member's, as `exactAt` (the terms' exact values are any member's, as `choose` gives them).
  const many = (js: readonly number[]): Value[] => {
    const ts = (built ??= exactTerms());
    const sums = new Array<Value>(js.length).fill(null);
    for (let k = 0; k < ts.length; k++) {
      transient(n, () => {
        const xs = exactMany(ts[k]!, js);
        for (let i = 0; i < js.length; i++) sums[i] = k === 0 ? xs[i]! : applyBinary('+', sums[i]!, xs[i]!);
      });
    }
    return sums;
  };
  const ints = integerConstants(terms);
  if (ints !== null) return numNode(() => ({ v: countSum(terms, ints, n), e: null }), exactAt, { many, columnless: exactAt });
  return numNode(
    () => {
      const v = scratch(n);
      const e = scratch(n);
      // A term's columns (an indicator's chain of facts) are given back once it is added (pool.ts).
      for (let k = 0; k < terms.length; k++) {
        transient(n, () => {
          const [g, xv, xe] = termColumns(terms[k]!, n);
          if (k === 0) firstTerm(g, xv, xe, v, e, n);
          else addTerm(g, xv, xe, v, e, n);
        });
      }
      return compact(v, e);
    },
    exactAt,
    { many, columnless: exactAt },
  );
}

/**
 * The terms' values when every `x` is a constant integer and the sum of their magnitudes is below
 * 2^53 (counts, weights), else null: then every partial sum is an integer that a double holds
 * exactly, whatever passes, so the sum needs no bounds.
 */
function integerConstants(terms: readonly GatedTerm[]): Float64Array | null {
  const cs = new Float64Array(terms.length);
  let total = 0;
  for (let k = 0; k < terms.length; k++) {
    const q = terms[k]!.x.value;
    const small = isQ(q) ? q.small() : null;
    if (small === null || small[1] !== 1) return null;
    cs[k] = small[0];
    total += Math.abs(small[0]);
  }
  return total < 2 ** 53 ? cs : null;
}

/** Σ over terms of (gate ? c : 0) for constant integers c (see integerConstants): a pass per term over the gate and the sum alone. */
function countSum(terms: readonly GatedTerm[], cs: Float64Array, n: number): Float64Array {
  const v = column(n);
  for (let k = 0; k < terms.length; k++) {
    const c = cs[k]!;
    const gate = terms[k]!.gate;
    if (gate === null) for (let j = 0; j < n; j++) v[j]! += c;
    else if (gate.t === 'b') {
      const bits = gate;
      transient(n, () => addWhere(bits.bits(), c, v, n));
    }
  }
  return v;
}

/** v[j] += c where the gate holds (a loop over its own arguments: in the closure that calls it, V8 read v and c from the closure's context). */
function addWhere(g: Uint8Array, c: number, v: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) if (g[j] === T) v[j]! += c;
}

/**
 * A term's gate, values and bounds as columns, so that the loops read every member the same way:
 * no gate passes everywhere, a gate that is not boolean nowhere; an `x` that is not a number is null.
 */
function termColumns(t: GatedTerm, n: number): [Uint8Array, Float64Array, Float64Array] {
  const g = t.gate === null ? fillBits(n, T) : t.gate.t === 'b' ? t.gate.bits() : fillBits(n, F);
  const { v, e } = t.x.t === 'n' ? t.x.col() : { v: (constNode(null, n) as NumNode).col().v, e: null };
  return [g, v, e ?? exactZeros(n)];
}

/** The first term of a gated sum: x where the gate holds, else 0. */
function firstTerm(g: Uint8Array, xv: Float64Array, xe: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    const on = g[j] === T;
    v[j] = on ? xv[j]! : 0;
    e[j] = on ? xe[j]! : 0;
  }
}

/** Adds a term to a gated sum, with the bound of `+` (a term that does not pass adds an exact 0). */
function addTerm(g: Uint8Array, xv: Float64Array, xe: Float64Array, v: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    const on = g[j] === T;
    const y = on ? xv[j]! : 0;
    const ey = on ? xe[j]! : 0;
    const s = v[j]! + y;
    e[j] = sumBound(s, e[j]!, ey);
    v[j] = s;
  }
}
