import type { Condition, FactCondition } from '@kaoping/contracts';
import { parseDecimal, toExact, type Q } from '../exact/q.ts';

/** A bound of a range of exact numbers; `null` value is unbounded. */
export interface Bound {
  readonly v: Q | null;
  readonly inc: boolean;
}

/** A numeric range read from literal comparisons on one fact. */
export interface Interval {
  readonly lo: Bound;
  readonly hi: Bound;
}

export const FULL: Interval = { lo: { v: null, inc: false }, hi: { v: null, inc: false } };

/** A literal numeric value of a leaf, exactly; null when it is not a number literal. */
function literalNumber(c: FactCondition): Q | null {
  const v = c.value;
  if (typeof v !== 'number' && !(typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))) return null;
  return parseDecimal(v);
}

/** The range `fact op v` allows; null for operators that are not comparisons. */
export function leafInterval(op: string, v: Q): Interval | null {
  switch (op) {
    case 'greaterThan':
      return { ...FULL, lo: { v, inc: false } };
    case 'greaterThanInclusive':
      return { ...FULL, lo: { v, inc: true } };
    case 'lessThan':
      return { ...FULL, hi: { v, inc: false } };
    case 'lessThanInclusive':
      return { ...FULL, hi: { v, inc: true } };
    case 'equal':
      return { lo: { v, inc: true }, hi: { v, inc: true } };
    default:
      return null;
  }
}

function tighter(a: Bound, b: Bound, sign: 1 | -1): Bound {
  if (a.v === null) return b;
  if (b.v === null) return a;
  const c = a.v.compare(b.v) * sign;
  return c > 0 ? a : c < 0 ? b : { v: a.v, inc: a.inc && b.inc };
}

export function intersect(a: Interval, b: Interval): Interval {
  return { lo: tighter(a.lo, b.lo, 1), hi: tighter(a.hi, b.hi, -1) };
}

export function isEmpty(r: Interval): boolean {
  if (r.lo.v === null || r.hi.v === null) return false;
  const c = r.lo.v.compare(r.hi.v);
  return c > 0 || (c === 0 && !(r.lo.inc && r.hi.inc));
}

/** `[0.6, 0.8)` */
export function showInterval(r: Interval): string {
  const lo = r.lo.v === null ? '(−∞' : `${r.lo.inc ? '[' : '('}${toExact(r.lo.v)}`;
  const hi = r.hi.v === null ? '+∞)' : `${toExact(r.hi.v)}${r.hi.inc ? ']' : ')'}`;
  return `${lo}, ${hi}`;
}

/** Leaves of an `all` (or a single leaf) with a numeric literal on a fact without a path. */
export function numericLeaves(c: Condition | undefined): { leaf: FactCondition; v: Q; k: number }[] | null {
  if (c === undefined) return null;
  const parts = 'all' in c ? c.all : 'fact' in c ? [c] : null;
  if (parts === null) return null;
  return parts.flatMap((p, k) => {
    if (!('fact' in p)) return [];
    const v = literalNumber(p);
    return v === null || leafInterval(p.operator, v) === null ? [] : [{ leaf: p, v, k }];
  });
}
