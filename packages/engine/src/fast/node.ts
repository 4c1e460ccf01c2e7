import { isQ, Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { fromQ } from './decimal.ts';

/** A column's kind: numbers (NaN = null), booleans (1, 0, NaN = null), or always null. */
export type Kind = 'n' | 'b' | 'z';

/**
 * One value per member of a group: `v` as doubles and `e`, a bound on each double's distance from
 * the exact rational (0 = exact integer; null = all exact). Boolean columns are always exact: every
 * decision whose float answer could differ from the exact one was taken exactly.
 */
export interface Col {
  readonly v: Float64Array;
  readonly e: Float64Array | null;
}

/** A compiled formula over a group's members: the whole column at once, or one exact value. */
export interface FNode {
  readonly t: Kind;
  col(): Col;
  /** The exact value for member `j`, as the exact engine computes it. */
  exact(j: number): Value;
  /** Set on constant nodes only: the value every member holds, so that operators can fold it at compile time. */
  readonly value?: Value;
  /**
   * Set on nodes a constant factor folds into exactly (tiered thresholds: their results times c):
   * c × this node, null where `on` (when given) is not true.
   */
  readonly times?: (c: Q, on: FNode | null) => FNode;
}

/** A feature the fast path does not compile; the run falls back to the exact engine. */
export class Unsupported extends Error {}

function boolOf(x: number): Value {
  return x === 1 ? true : x === 0 ? false : null;
}

/** A boolean column node; exact values are read from the (exact) column. */
export function boolNode(compute: () => Float64Array): FNode {
  let c: Col | null = null;
  const col = (): Col => (c ??= { v: compute(), e: null });
  return { t: 'b', col, exact: (j) => boolOf(col().v[j]!) };
}

/** A number column node; `exactAt` is asked only where the double is not known to be exact. */
export function numNode(compute: () => Col, exactAt: (j: number) => Value): FNode {
  let c: Col | null = null;
  const col = (): Col => (c ??= compute());
  return {
    t: 'n',
    col,
    exact: (j) => {
      const { v, e } = col();
      const x = v[j]!;
      if (Number.isNaN(x)) return null;
      return e === null || e[j] === 0 ? new Q(x) : exactAt(j);
    },
  };
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
  if (typeof value === 'boolean') return { t: 'b', col: () => ({ v: fill(n, value ? 1 : 0), e: null }), exact: () => value, value };
  if (!isQ(value)) throw new Unsupported('文本或列表常量');
  const [v, e] = fromQ(value);
  return { t: 'n', col: () => ({ v: fill(n, v), e: e === 0 ? null : fill(n, e) }), exact: () => value, value };
}

/** Whether a column holds a null (NaN) anywhere. */
export function hasNull(v: Float64Array): boolean {
  for (let j = 0; j < v.length; j++) if (v[j] !== v[j]) return true;
  return false;
}

/** Whether a column holds x for every member. */
export function every(v: Float64Array, x: number): boolean {
  for (let j = 0; j < v.length; j++) if (v[j] !== x) return false;
  return true;
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
