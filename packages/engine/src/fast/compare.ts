import { scratchBits } from './pool.ts';
import type { BinaryOp } from '../formula/ast.ts';
import { applyBinary } from '../formula/values.ts';
import { U } from './decimal.ts';
import { bitsOf, type BoolNode, boolNode, constNode, everyBit, exactMany, F, type FNode, hasNull, N, type NumNode, T } from './node.ts';

/**
 * Whether two doubles whose computed difference is d, with error bounds summing to m, are surely
 * ordered as d says (the rounding of the subtraction and of the bound itself allowed for).
 */
export function apart(d: number, m: number): boolean {
  return Math.abs(d) * (1 - 2 * U) > m * (1 + 4 * U);
}

/** Order of x and y (−1, 0, 1) when their error bounds decide it, else 2 (ask the exact values). */
export function order(x: number, ex: number, y: number, ey: number): number {
  const m = ex + ey;
  if (m === 0) return x < y ? -1 : x > y ? 1 : 0;
  const d = x - y;
  if (apart(d, m)) return d < 0 ? -1 : 1;
  return 2;
}

export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

function holds(op: CmpOp, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
  }
}

/**
 * Comparisons with the exact engine's meaning: numbers by value, null never orders (false),
 * `==` is true for two nulls; a comparison within the error bounds is decided on exact values.
 */
export function compare(op: CmpOp, l: FNode, r: FNode, n: number): FNode {
  const eq = op === '==' || op === '!=';
  if (l.t !== 'n' || r.t !== 'n') {
    if (!eq) return constNode(false, n);
    if (l.t === 'b' && r.t === 'b') return boolLogicEq(op, l, r, n);
    // Different kinds (or null): equal only when both are null.
    if (l.t === 'z' || r.t === 'z') return isNull(op, l.t === 'z' ? r : l, n);
    // One side of numbers, the other of booleans.
    const num = (l.t === 'n' ? l : r) as NumNode;
    const bool = (l.t === 'b' ? l : r) as BoolNode;
    const hit = op === '==' ? T : F;
    return boolNode(() => {
      const a = num.col().v;
      const b = bool.bits();
      const out = scratchBits(n);
      for (let j = 0; j < n; j++) out[j] = a[j] !== a[j] && b[j] === N ? hit : T - hit;
      return out;
    });
  }
  return numericCompare(op, l, r, n, null);
}

/**
 * x op y over two number columns; with `on` (the gate of an indicator fact), what `gate(on, x op y)`
 * gives, in the comparison's own pass: null wherever `on` is not true.
 */
export function numericCompare(op: CmpOp, l: NumNode, r: NumNode, n: number, on: BoolNode | null): FNode {
  const d = decider(op);
  return boolNode(() => {
    const { v: av, e: ae } = l.col();
    const { v: bv, e: be } = r.col();
    const g = on === null ? null : on.bits();
    const out = scratchBits(n);
    if (ae === null && be === null) return exactOrders(d, av, bv, g, out, n);
    // Members whose sides are within their bounds of each other, settled on exact values together.
    const near: number[] = [];
    for (let j = 0; j < n; j++) {
      if (g !== null && g[j] !== T) {
        out[j] = N;
        continue;
      }
      const c = decide(d, av[j]!, ae === null ? 0 : ae[j]!, bv[j]!, be === null ? 0 : be[j]!);
      if (c === 2) near.push(j);
      else out[j] = c * T;
    }
    if (near.length > 0) {
      const xs = exactMany(l, near);
      const ys = exactMany(r, near);
      for (let k = 0; k < near.length; k++) out[near[k]!] = applyBinary(op as BinaryOp, xs[k]!, ys[k]!) === true ? T : F;
    }
    return out;
  });
}

/** A numeric comparison's outcomes: which orders make it hold, as bits of c + 1 (c = −1, 0, 1), and its value when one or both sides are null. */
export interface Decider {
  readonly mask: number;
  readonly bothNull: number;
  readonly oneNull: number;
}

export function decider(op: CmpOp): Decider {
  const mask = (holds(op, -1) ? 1 : 0) | (holds(op, 0) ? 2 : 0) | (holds(op, 1) ? 4 : 0);
  return { mask, bothNull: op === '==' ? 1 : 0, oneNull: op === '!=' ? 1 : 0 };
}

/** Whether x op y holds (1 or 0) for doubles with error bounds (NaN = null), or 2 when only the exact values can tell. */
function decide(d: Decider, x: number, ex: number, y: number, ey: number): number {
  if (x !== x || y !== y) return x !== x && y !== y ? d.bothNull : d.oneNull;
  if (ex === 0 && ey === 0) return (d.mask >> (x < y ? 0 : x > y ? 2 : 1)) & 1;
  const c = order(x, ex, y, ey);
  return c === 2 ? 2 : (d.mask >> (c + 1)) & 1;
}

/** `x == null` or `x != null` (either side): whether x is null, in one pass over x alone. */
function isNull(op: '==' | '!=', x: FNode, n: number): FNode {
  const hit = op === '==' ? T : F;
  if (x.t === 'b')
    return boolNode(() => {
      const b = x.bits();
      const out = scratchBits(n);
      for (let j = 0; j < n; j++) out[j] = b[j] === N ? hit : T - hit;
      return out;
    });
  return boolNode(() => {
    const a = x.col().v;
    // No null (a complete column of targets): the shared column of the one answer, no pass writing it.
    if (!hasNull(a)) return bitsOf(constNode(hit === F, n), n);
    const out = scratchBits(n);
    for (let j = 0; j < n; j++) out[j] = a[j] !== a[j] ? hit : T - hit;
    return out;
  });
}

/** `decide` over two columns of exact values (no bounds to read, nothing left to the exact values), into `out`; null where a gate g is not true. */
function exactOrders(d: Decider, av: Float64Array, bv: Float64Array, g: Uint8Array | null, out: Uint8Array, n: number): Uint8Array {
  const { mask, bothNull, oneNull } = d;
  // The outcomes as bytes (F or T), so that the loop writes them without converting.
  const both = bothNull * T;
  const one = oneNull * T;
  for (let j = 0; j < n; j++) {
    if (g !== null && g[j] !== T) {
      out[j] = N;
      continue;
    }
    const x = av[j]!;
    const y = bv[j]!;
    out[j] = x !== x || y !== y ? (x !== x && y !== y ? both : one) : ((mask >> (x < y ? 0 : x > y ? 2 : 1)) & 1) * T;
  }
  return out;
}

function boolLogicEq(op: '==' | '!=', l: BoolNode, r: BoolNode, n: number): FNode {
  const hit = op === '==' ? T : F;
  return boolNode(() => {
    const a = l.bits();
    const b = r.bits();
    const out = scratchBits(n);
    // Null equals null only: one byte per value, so equal bytes are equal values.
    for (let j = 0; j < n; j++) out[j] = a[j] === b[j] ? hit : T - hit;
    return out;
  });
}

/** Kleene && and ||; anything that is not a boolean counts as unknown. */
export function logic(op: '&&' | '||', l: FNode, r: FNode, n: number): FNode {
  return boolNode(() => {
    // What is not a boolean reads as a column of nulls.
    const a = bitsOf(l, n);
    const b = bitsOf(r, n);
    // A side that is true (&&) or false (||) for every member leaves the other side's values.
    const weak = op === '&&' ? T : F;
    if (everyBit(a, weak)) return b;
    if (everyBit(b, weak)) return a;
    const out = scratchBits(n);
    // F < N < T: && is the smaller byte, || the larger.
    if (op === '&&') for (let j = 0; j < n; j++) out[j] = a[j]! < b[j]! ? a[j]! : b[j]!;
    else for (let j = 0; j < n; j++) out[j] = a[j]! > b[j]! ? a[j]! : b[j]!;
    return out;
  });
}

/** ! on a boolean; null for anything else. */
export function not(a: FNode, n: number): FNode {
  if (a.t !== 'b') return boolNode(() => bitsOf(a, n));
  return boolNode(() => {
    const x = a.bits();
    const out = scratchBits(n);
    // F < N < T, evenly spaced: T − x is the negation, null staying null.
    for (let j = 0; j < n; j++) out[j] = T - x[j]!;
    return out;
  });
}
