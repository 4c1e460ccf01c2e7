import { isQ, Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { fromQ } from './decimal.ts';
import { inTransient, noteFilled } from './pool.ts';

/** A column's kind: numbers (NaN = null), booleans (one byte a member: F, N, T), or always null. */
export type Kind = 'n' | 'b' | 'z';

/**
 * A boolean member's byte: false < null < true, so that Kleene && is the smaller byte, || the larger,
 * and ! is T − x. A boolean column is one byte per member, an eighth of a column of doubles.
 */
export const F = 0;
export const N = 1;
export const T = 2;

/**
 * One value per member of a group: `v` as doubles and `e`, a bound on each double's distance from
 * the exact rational (0 = exact integer; null = all exact).
 */
export interface Col {
  readonly v: Float64Array;
  readonly e: Float64Array | null;
}

interface NodeBase {
  /** The exact value for member `j`, as the exact engine computes it. */
  exact(j: number): Value;
  /** Set on constant nodes only: the value every member holds, so that operators can fold it at compile time. */
  readonly value?: Value;
}

/** A compiled formula over a group's members whose values are numbers, or always null ('z'). */
export interface NumNode extends NodeBase {
  readonly t: 'n' | 'z';
  col(): Col;
  /**
   * Set on nodes a constant factor folds into exactly (tiered thresholds: their results times c):
   * c × this node, null where `on` (when given) is not true.
   */
  readonly times?: (c: Q, on: BoolNode | null) => NumNode;
  /**
   * The exact values of several members at once, each what `exact` gives: set on nodes that answer a
   * batch with less work than member by member (a gated sum goes a term at a time, and gives back a
   * column a term computes before the next). Read through `exactMany`.
   */
  readonly exactMany?: (js: readonly number[]) => Value[];
}

/**
 * A compiled formula whose values are booleans: its column is one byte a member (F, N or T).
 * Boolean columns are always exact: every decision whose float answer could differ from the exact
 * one was taken exactly.
 */
export interface BoolNode extends NodeBase {
  readonly t: 'b';
  bits(): Uint8Array;
}

/** A compiled formula over a group's members: the whole column at once, or one exact value. */
export type FNode = NumNode | BoolNode;

/** A feature the fast path does not compile; the run falls back to the exact engine. */
export class Unsupported extends Error {}

/** The value of a boolean byte. */
export function boolOf(x: number): Value {
  return x === T ? true : x === F ? false : null;
}

/** The byte of a boolean value (anything else is null). */
export function byteOf(x: Value): number {
  return x === true ? T : x === false ? F : N;
}

/** A boolean column node; exact values are read from the (exact) column. */
export function boolNode(compute: () => Uint8Array): BoolNode {
  let c: Uint8Array | null = null;
  // Kept even when computed in a transient step, which keeps boolean columns lent (pool.ts).
  const bits = (): Uint8Array => (c ??= compute());
  return { t: 'b', bits, exact: (j) => boolOf(bits()[j]!) };
}

/** A node's bytes when it is boolean, else (a number or null node) the shared column of nulls. */
export function bitsOf(x: FNode, n: number): Uint8Array {
  return x.t === 'b' ? x.bits() : fillBits(n, N);
}

/** A node's column when it is of numbers or null; a boolean node here is a compiler's mistake. */
export function colOf(x: FNode): Col {
  if (x.t === 'b') throw new Error('布尔列当作数值列读取');
  return x.col();
}

/** The exact values of members `js` of x, as `x.exact` gives each: in one batch where the node takes one. */
export function exactMany(x: FNode, js: readonly number[]): Value[] {
  return x.t === 'n' && x.exactMany !== undefined ? x.exactMany(js) : js.map((j) => x.exact(j));
}

/** How a number node's exact values may be had besides `exactAt`, member by member, read against its column. */
export interface ExactWays {
  /**
   * Members' exact values in one batch, each what `exactAt` gives. With `columnless`, it must give
   * any member's exact value (null where the value is null), as `columnless` does.
   */
  readonly many?: (js: readonly number[]) => Value[];
  /**
   * Any member's exact value (null where the value is null) without the node's column: while the
   * column is not computed (never, or given back by a transient step, pool.ts), exact values are
   * asked of it, and the column is not computed for them.
   */
  readonly columnless?: (j: number) => Value;
}

/**
 * A number column node; `exactAt` is asked only where the double is not known to be exact (and
 * `ways.many` for several such members at once), or `ways.columnless` for any member while the
 * column is not computed.
 */
export function numNode(compute: () => Col, exactAt: (j: number) => Value, ways: ExactWays = {}): NumNode {
  let c: Col | null = null;
  const col = (): Col => {
    if (c === null) {
      c = compute();
      // Only inside a transient step: elsewhere no closure is made for it.
      if (inTransient()) noteFilled(() => void (c = null));
    }
    return c;
  };
  const { many, columnless } = ways;
  const exact = (j: number): Value => {
    if (c === null && columnless !== undefined) return columnless(j);
    const { v, e } = col();
    const x = v[j]!;
    if (Number.isNaN(x)) return null;
    return e === null || e[j] === 0 ? new Q(x) : exactAt(j);
  };
  if (many === undefined && columnless === undefined) return { t: 'n', col, exact };
  const exactMany = (js: readonly number[]): Value[] => {
    if (c === null && columnless !== undefined) return many === undefined ? js.map(columnless) : many(js);
    const { v, e } = col();
    const out = new Array<Value>(js.length);
    // The members whose double is not known to be exact, and where their values go in `out`.
    const asked: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < js.length; i++) {
      const j = js[i]!;
      const x = v[j]!;
      if (Number.isNaN(x)) out[i] = null;
      else if (e === null || e[j] === 0) out[i] = new Q(x);
      else {
        asked.push(j);
        at.push(i);
      }
    }
    if (asked.length > 0) {
      const xs = many === undefined ? asked.map(exactAt) : many(asked);
      for (let k = 0; k < at.length; k++) out[at[k]!] = xs[k]!;
    }
    return out;
  };
  return { t: 'n', col, exact, exactMany };
}

/**
 * Values by column length and key, made on first use and shared. Keys may be made per run (rationals
 * of group sizes, period facts), so everything is forgotten when `max` are held and another is made.
 */
class ByLength<K, V> {
  private readonly byLength = new Map<number, Map<K, V>>();
  private count = 0;

  constructor(private readonly max: number) {}

  get(n: number, key: K, make: (key: K, n: number) => V): V {
    const hit = this.byLength.get(n)?.get(key);
    if (hit !== undefined) return hit;
    if (this.count >= this.max) {
      this.byLength.clear();
      this.count = 0;
    }
    let byKey = this.byLength.get(n);
    if (byKey === undefined) {
      byKey = new Map();
      this.byLength.set(n, byKey);
    }
    const x = make(key, n);
    byKey.set(key, x);
    this.count++;
    return x;
  }
}

const filled = new ByLength<number, Float64Array>(256);
const newFilled = (x: number, n: number): Float64Array => new Float64Array(n).fill(x);

const filledBits = new ByLength<number, Uint8Array>(64);
const newFilledBits = (x: number, n: number): Uint8Array => new Uint8Array(n).fill(x);

/** A boolean column holding one byte (F, N or T), shared by every constant with that value and length (never written to). */
export function fillBits(n: number, x: number): Uint8Array {
  return filledBits.get(n, x, newFilledBits);
}

/**
 * A column holding one value, shared by every constant with that value and length (never written to).
 * Keyed by length, then by value (a Map's keys: NaN is one key, and −0 is 0).
 */
function fill(n: number, x: number): Float64Array {
  return filled.get(n, x, newFilled);
}

/** A column of exact zeros (values or error bounds), shared and never written to. */
export function exactZeros(n: number): Float64Array {
  return fill(n, 0);
}

const constants = new ByLength<Value, FNode>(1024);

/**
 * The same value for every member. A constant node holds nothing of a run, so one node serves every
 * formula (and group, and run) with that value (the same rational object, or boolean, or null) and length.
 */
export function constNode(value: Value, n: number): FNode {
  return constants.get(n, value, makeConst);
}

function makeConst(value: Value, n: number): FNode {
  if (value === null) return { t: 'z', col: () => ({ v: fill(n, NaN), e: null }), exact: () => null, value };
  if (typeof value === 'boolean') return { t: 'b', bits: () => fillBits(n, value ? T : F), exact: () => value, value };
  if (!isQ(value)) throw new Unsupported('文本或列表常量');
  const [v, e] = fromQ(value);
  return { t: 'n', col: () => ({ v: fill(n, v), e: e === 0 ? null : fill(n, e) }), exact: () => value, value };
}

/** Whether a column holds a null (NaN) anywhere. */
export function hasNull(v: Float64Array): boolean {
  for (let j = 0; j < v.length; j++) if (v[j] !== v[j]) return true;
  return false;
}

/** Whether a boolean column holds the byte x for every member. */
export function everyBit(b: Uint8Array, x: number): boolean {
  for (let j = 0; j < b.length; j++) if (b[j] !== x) return false;
  return true;
}

/** Whether a boolean column holds a null anywhere. */
export function hasNullBit(b: Uint8Array): boolean {
  return b.includes(N);
}

/** Drops an error column that is all zeros (every value exact), so consumers skip it. */
export function compact(v: Float64Array, e: Float64Array): Col {
  for (let j = 0; j < e.length; j++) if (e[j] !== 0) return { v, e };
  return { v, e: null };
}

/** Stores an exact value into column slot j (the result of an exact fallback). */
export function put(v: Float64Array, e: Float64Array, j: number, x: Value): void {
  if (isQ(x)) {
    const [a, b] = fromQ(x);
    v[j] = a;
    e[j] = b;
  } else {
    v[j] = NaN;
    e[j] = 0;
  }
}
