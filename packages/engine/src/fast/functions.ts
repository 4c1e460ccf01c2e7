import { column, scratch, scratchBits } from './pool.ts';
import { isQ, roundHalfUp } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { PURE_FUNCTIONS } from '../formula/functions.ts';
import { nullNumber } from './arith.ts';
import { U } from './decimal.ts';
import {
  bitsOf,
  type BoolNode,
  boolNode,
  type Col,
  colOf,
  compact,
  constNode,
  everyBit,
  exactMany,
  exactZeros,
  type FNode,
  hasNull,
  hasNullBit,
  type Kind,
  N,
  type NumNode,
  numNode,
  put,
  T,
  Unsupported,
} from './node.ts';

const abs = Math.abs;

/** The kind of a value chosen among several (if, coalesce): null joins anything, numbers and booleans do not mix. */
function joinKinds(nodes: readonly FNode[], last: FNode | null = null): Kind {
  let real: Kind = last === null ? 'z' : last.t;
  for (const x of nodes) {
    if (x.t === 'z' || x.t === real) continue;
    if (real !== 'z') throw new Unsupported('分支的类型不一致');
    real = x.t;
  }
  return real;
}

/** into[j] = t[j] is true ? a[j] : b[j], for every member (b may be `into`: a choice made in place). */
function pick(t: Uint8Array, a: Float64Array, b: Float64Array, into: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) into[j] = t[j] === T ? a[j]! : b[j]!;
}

/** `pick` over boolean columns. */
function pickBits(t: Uint8Array, a: Uint8Array, b: Uint8Array, into: Uint8Array, n: number): void {
  for (let j = 0; j < n; j++) into[j] = t[j] === T ? a[j]! : b[j]!;
}

/**
 * `t0 ? a0 : t1 ? a1 : … : otherwise` over columns, innermost choice first and the outer ones made in
 * place: one column for the whole chain instead of one per level, and no loop over the levels per member.
 */
function chainCol(tests: readonly BoolNode[], values: readonly FNode[], otherwise: FNode, n: number): Col {
  const ts: Uint8Array[] = [];
  const xs: Col[] = [];
  for (let k = 0; k < tests.length; k++) {
    ts.push(tests[k]!.bits());
    xs.push(colOf(values[k]!));
  }
  const last = colOf(otherwise);
  const m = ts.length - 1;
  const v = scratch(n);
  pick(ts[m]!, xs[m]!.v, last.v, v, n);
  for (let k = m - 1; k >= 0; k--) pick(ts[k]!, xs[k]!.v, v, v, n);
  if (last.e === null && xs.every((x) => x.e === null)) return { v, e: null };
  const zero = exactZeros(n);
  const e = scratch(n);
  pick(ts[m]!, xs[m]!.e ?? zero, last.e ?? zero, e, n);
  for (let k = m - 1; k >= 0; k--) pick(ts[k]!, xs[k]!.e ?? zero, e, e, n);
  return compact(v, e);
}

/** `chainCol` over boolean values (a value that is always null reads as a column of nulls). */
function chainBits(tests: readonly BoolNode[], values: readonly FNode[], otherwise: FNode, n: number): Uint8Array {
  const ts: Uint8Array[] = [];
  const xs: Uint8Array[] = [];
  for (let k = 0; k < tests.length; k++) {
    ts.push(tests[k]!.bits());
    xs.push(bitsOf(values[k]!, n));
  }
  const last = bitsOf(otherwise, n);
  const m = ts.length - 1;
  const v = scratchBits(n);
  pickBits(ts[m]!, xs[m]!, last, v, n);
  for (let k = m - 1; k >= 0; k--) pickBits(ts[k]!, xs[k]!, v, v, n);
  return v;
}

/** `c ? a : b` and if(c, a, b): only true picks a. */
export function choose(test: FNode, a: FNode, b: FNode, n: number): FNode {
  return chooseChain([test], [a], b, n);
}

/**
 * `t0 ? a0 : t1 ? a1 : … : otherwise`, what nested choices in the else branch (tiered thresholds)
 * mean, computed in one column. A test that is not boolean is never true: its level is skipped.
 */
export function chooseChain(tests: readonly FNode[], values: readonly FNode[], otherwise: FNode, n: number): FNode {
  const kind = joinKinds(values, otherwise);
  if (kind === 'z') return { ...nullNumber(n), t: 'z' };
  const live = (t: FNode): t is BoolNode => t.t === 'b';
  const allLive = tests.every(live);
  const ts = allLive ? (tests as readonly BoolNode[]) : tests.filter(live);
  const xs = allLive ? values : values.filter((_, k) => tests[k]!.t === 'b');
  if (ts.length === 0)
    return otherwise.t === kind
      ? otherwise
      : kind === 'b'
        ? boolNode(() => bitsOf(otherwise, n))
        : numNode(
            () => colOf(otherwise),
            (j) => otherwise.exact(j),
            { columnless: (j) => otherwise.exact(j) },
          );
  if (kind === 'b') return boolNode(() => chainBits(ts, xs, otherwise, n));
  // Any member's exact value: that of the value its first true test picks.
  const exactAt = (j: number): Value => {
    const k = ts.findIndex((t) => t.bits()[j] === T);
    return (k < 0 ? otherwise : xs[k]!).exact(j);
  };
  return numNode(() => chainCol(ts, xs, otherwise, n), exactAt, {
    many: (js) => {
      const bits = ts.map((t) => t.bits());
      return chosenMany(js, (j) => {
        const k = bits.findIndex((b) => b[j] === T);
        return k < 0 ? otherwise : xs[k]!;
      });
    },
    columnless: exactAt,
  });
}

/** Members' exact values, each that of the node `pick` chooses for it (null: the value null), in one batch per node chosen. */
function chosenMany(js: readonly number[], pick: (j: number) => FNode | null): Value[] {
  const out = new Array<Value>(js.length).fill(null);
  const byNode = new Map<FNode, number[]>();
  for (let i = 0; i < js.length; i++) {
    const x = pick(js[i]!);
    if (x === null) continue;
    const at = byNode.get(x);
    if (at === undefined) byNode.set(x, [i]);
    else at.push(i);
  }
  for (const [x, at] of byNode) {
    const xs = exactMany(
      x,
      at.map((i) => js[i]!),
    );
    for (let k = 0; k < at.length; k++) out[at[k]!] = xs[k]!;
  }
  return out;
}

/**
 * `test ? a : null`, what a gated indicator fact is (applicable ? formula : null), as `choose` gives
 * it: `a` itself where the test holds for every member (no pass, no column), else one pass that
 * writes the values and the bounds together.
 */
export function gate(test: FNode, a: FNode, n: number): FNode {
  if (test.value === true) return a;
  if (test.t !== 'b' || a.t === 'z' || test.value !== undefined) return choose(test, a, constNode(null, n), n);
  if (a.t === 'b')
    return boolNode(() => {
      const t = test.bits();
      const b = a.bits();
      return everyBit(t, T) ? b : gateBits(t, b, n);
    });
  const gated = (): Col => {
    const t = test.bits();
    const c = a.col();
    return everyBit(t, T) ? c : gateCol(t, c, n);
  };
  const exactAt = (j: number): Value => (test.bits()[j] === T ? a.exact(j) : null);
  return numNode(gated, exactAt, {
    many: (js) => {
      const t = test.bits();
      return chosenMany(js, (j) => (t[j] === T ? a : null));
    },
    columnless: exactAt,
  });
}

/** b where t is true, else null. */
function gateBits(t: Uint8Array, b: Uint8Array, n: number): Uint8Array {
  const out = scratchBits(n);
  for (let j = 0; j < n; j++) out[j] = t[j] === T ? b[j]! : N;
  return out;
}

/** c where t is true, else null (NaN); the bounds allocated at the first inexact value kept. */
function gateCol(t: Uint8Array, c: Col, n: number): Col {
  const { v: av, e: ae } = c;
  const v = scratch(n);
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    if (t[j] !== T) {
      v[j] = NaN;
      continue;
    }
    v[j] = av[j]!;
    if (ae !== null && ae[j] !== 0) (e ??= column(n))[j] = ae[j]!;
  }
  return { v, e };
}

/** into[j] = from[j] where first[j] is not null (NaN), else into[j] is kept: a choice made in place. */
function keepFirst(first: Float64Array, from: Float64Array, into: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) into[j] = first[j] !== first[j] ? into[j]! : from[j]!;
}

/** `keepFirst` over boolean columns. */
function keepFirstBits(first: Uint8Array, into: Uint8Array, n: number): void {
  for (let j = 0; j < n; j++) into[j] = first[j] === N ? into[j]! : first[j]!;
}

/** Each member's first value that is not null, and its bound: the last argument's, overwritten from the last but one to the first. */
function coalesceCol(args: readonly FNode[], n: number): Col {
  // A first argument that is never null is the answer for every member (a sum of reports, most often).
  const first = colOf(args[0]!);
  if (!hasNull(first.v)) return first;
  const cols = args.map(colOf);
  const m = cols.length - 1;
  const v = scratch(n);
  v.set(cols[m]!.v);
  for (let k = m - 1; k >= 0; k--) keepFirst(cols[k]!.v, cols[k]!.v, v, n);
  if (cols.every((c) => c.e === null)) return { v, e: null };
  const zero = exactZeros(n);
  const e = scratch(n);
  e.set(cols[m]!.e ?? zero);
  for (let k = m - 1; k >= 0; k--) keepFirst(cols[k]!.v, cols[k]!.e ?? zero, e, n);
  return compact(v, e);
}

/** `coalesceCol` over boolean values (a value that is always null reads as a column of nulls). */
function coalesceBits(args: readonly FNode[], n: number): Uint8Array {
  const first = bitsOf(args[0]!, n);
  if (!hasNullBit(first)) return first;
  const m = args.length - 1;
  const v = scratchBits(n);
  v.set(bitsOf(args[m]!, n));
  for (let k = m - 1; k >= 0; k--) keepFirstBits(bitsOf(args[k]!, n), v, n);
  return v;
}

/** coalesce(…): the first argument that is not null. */
export function coalesce(args: readonly FNode[], n: number): FNode {
  const kind = joinKinds(args);
  if (kind === 'z') return { ...nullNumber(n), t: 'z' };
  if (kind === 'b') return boolNode(() => coalesceBits(args, n));
  // Any member's exact value: the first that is not null (a number node's double is NaN where its value is null).
  const exactAt = (j: number): Value => {
    for (const a of args) {
      const x = a.exact(j);
      if (x !== null) return x;
    }
    return null;
  };
  return numNode(() => coalesceCol(args, n), exactAt, { columnless: exactAt });
}

/** min, max, clamp: a value chosen among numbers; its error is bounded by the largest error of the candidates. */
export function extreme(fn: 'min' | 'max' | 'clamp', args: readonly FNode[], n: number): FNode {
  if (args.some((a) => a.t !== 'n')) return nullNumber(n);
  const pure = PURE_FUNCTIONS[fn]!;
  return numNode(
    () => {
      const cols = args.map(colOf);
      const v = scratch(n);
      const e = scratch(n);
      for (let j = 0; j < n; j++) {
        let x = cols[0]!.v[j]!;
        let err = cols[0]!.e === null ? 0 : cols[0]!.e[j]!;
        if (fn === 'clamp') {
          const lo = cols[1]!.v[j]!;
          const hi = cols[2]!.v[j]!;
          x = Number.isNaN(lo) || Number.isNaN(hi) ? NaN : x < lo ? lo : x > hi ? hi : x;
        } else {
          for (let k = 1; k < cols.length; k++) x = fn === 'min' ? Math.min(x, cols[k]!.v[j]!) : Math.max(x, cols[k]!.v[j]!);
        }
        for (let k = 1; k < cols.length; k++) err = Math.max(err, cols[k]!.e === null ? 0 : cols[k]!.e![j]!);
        v[j] = x;
        e[j] = err;
      }
      return compact(v, e);
    },
    (j) => pure.fn(args.map((a) => a.exact(j))),
  );
}

/** abs, floor, ceil: floor and ceil are decided exactly when the value is within its error of an integer. */
export function unaryMath(fn: 'abs' | 'floor' | 'ceil' | 'neg', a: FNode, n: number): NumNode {
  if (a.t !== 'n') return nullNumber(n);
  const exactAt = (j: number): Value => {
    const x = a.exact(j);
    if (!isQ(x)) return null;
    return fn === 'neg' ? x.neg() : PURE_FUNCTIONS[fn]!.fn([x]);
  };
  return numNode(
    () => {
      const c = a.col();
      const v = scratch(n);
      const e = scratch(n);
      for (let j = 0; j < n; j++) {
        const x = c.v[j]!;
        const err = c.e === null ? 0 : c.e[j]!;
        if (fn === 'abs' || fn === 'neg') {
          v[j] = fn === 'abs' ? abs(x) : -x;
          e[j] = err;
          continue;
        }
        const f = fn === 'floor' ? Math.floor(x) : Math.ceil(x);
        if (err === 0 || (abs(x - Math.floor(x)) > err * (1 + 4 * U) && abs(Math.ceil(x) - x) > err * (1 + 4 * U) && abs(f) < 2 ** 52)) {
          v[j] = f;
          e[j] = 0;
        } else put(v, e, j, exactAt(j));
      }
      return compact(v, e);
    },
    exactAt,
    { columnless: exactAt },
  );
}

/** round(x, dp) half away from zero, as `scaled` units of 10^-dp when asked (ranking keys compare those). */
export function round(a: FNode, dp: number, n: number, scaled = false): NumNode {
  if (a.t !== 'n') return nullNumber(n);
  const scale = 10 ** dp;
  const rounded = (x: Value): Value => {
    if (!isQ(x)) return null;
    const r = roundHalfUp(x, dp);
    return scaled ? r.mul(scale) : r;
  };
  const exactAt = (j: number): Value => rounded(a.exact(j));
  const exactAtMany = (js: readonly number[]): Value[] => exactMany(a, js).map(rounded);
  return numNode(
    () => {
      const c = a.col();
      const v = scratch(n);
      const e = scratch(n);
      // Members within their bound of a rounding boundary, settled together once the others are.
      const near: number[] = [];
      for (let j = 0; j < n; j++) {
        const x = c.v[j]!;
        if (Number.isNaN(x)) {
          v[j] = NaN;
          e[j] = 0;
          continue;
        }
        const err = c.e === null ? 0 : c.e[j]!;
        const s = abs(x) * scale;
        const es = err === 0 && Number.isInteger(s) ? 0 : err * scale * (1 + 4 * U) + s * U;
        const fl = Math.floor(s);
        const frac = s - fl;
        if (s < 2 ** 51 && (es === 0 || abs(frac - 0.5) > es * (1 + 4 * U) + U)) {
          const k = (frac >= 0.5 ? fl + 1 : fl) * (x < 0 ? -1 : 1);
          v[j] = scaled ? k : k / scale;
          e[j] = scaled || dp === 0 ? 0 : abs(k / scale) * U;
        } else near.push(j);
      }
      if (near.length > 0) {
        const xs = exactAtMany(near);
        for (let k = 0; k < near.length; k++) put(v, e, near[k]!, xs[k]!);
      }
      return compact(v, e);
    },
    exactAt,
    { many: exactAtMany, columnless: exactAt },
  );
}
