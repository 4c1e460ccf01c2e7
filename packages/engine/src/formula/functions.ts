import { isQ, type Q, Q as Rational, roundHalfUp } from '../exact/q.ts';
import type { Value } from './ast.ts';
import { isTrue } from './values.ts';

/** A pure built-in: gets evaluated arguments, returns a value. */
interface PureFn {
  min: number;
  max: number;
  label: string;
  fn: (args: Value[]) => Value;
}

function nums(args: Value[]): Q[] | null {
  return args.every(isQ) ? (args as Q[]) : null;
}

function extreme(args: Value[], pick: (a: Q, b: Q) => boolean): Value {
  const xs = nums(args);
  if (xs === null || xs.length === 0) return null;
  return xs.reduce((m, x) => (pick(x, m) ? x : m));
}

function round(args: Value[]): Value {
  const [x, dp] = args;
  if (!isQ(x)) return null;
  const places = dp === undefined ? 0 : isQ(dp) ? Number(dp.valueOf()) : NaN;
  if (!Number.isInteger(places) || places < 0 || places > 12) return null;
  return roundHalfUp(x, places);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from date `a` to date `b` (YYYY-MM-DD): positive when b is later; null unless both are dates. */
function daysBetween([a, b]: Value[]): Value {
  const x = typeof a === 'string' ? DAY.exec(a) : null;
  const y = typeof b === 'string' ? DAY.exec(b) : null;
  if (x === null || y === null) return null;
  const utc = (m: RegExpExecArray) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Rational((utc(y) - utc(x)) / 86_400_000);
}

/** Pure built-in functions of the formula language. Special forms (group, history) live elsewhere. */
export const PURE_FUNCTIONS: Record<string, PureFn> = {
  min: { min: 1, max: Infinity, label: '取小', fn: (a) => extreme(a, (x, m) => x.compare(m) < 0) },
  max: { min: 1, max: Infinity, label: '取大', fn: (a) => extreme(a, (x, m) => x.compare(m) > 0) },
  abs: { min: 1, max: 1, label: '绝对值', fn: ([x]) => (isQ(x) ? x.abs() : null) },
  floor: { min: 1, max: 1, label: '向下取整', fn: ([x]) => (isQ(x) ? x.floor() : null) },
  ceil: { min: 1, max: 1, label: '向上取整', fn: ([x]) => (isQ(x) ? x.ceil() : null) },
  round: { min: 1, max: 2, label: '四舍五入', fn: round },
  clamp: {
    min: 3,
    max: 3,
    label: '限定范围',
    fn: (a) => {
      const xs = nums(a);
      if (xs === null) return null;
      const [x, lo, hi] = xs as [Q, Q, Q];
      return x.compare(lo) < 0 ? lo : x.compare(hi) > 0 ? hi : x;
    },
  },
  daysBetween: { min: 2, max: 2, label: '相差天数', fn: daysBetween },
  coalesce: { min: 1, max: Infinity, label: '取首个非空', fn: (a) => a.find((x) => x !== null) ?? null },
  if: { min: 3, max: 3, label: '如果', fn: ([c, a, b]) => (isTrue(c ?? null) ? (a ?? null) : (b ?? null)) },
  choose: {
    min: 2,
    max: Infinity,
    label: '按序取值',
    fn: ([i, ...xs]) => {
      if (!isQ(i) || !i.equals(i.floor())) return null;
      const k = Number(i.valueOf());
      return k >= 1 && k <= xs.length ? (xs[k - 1] ?? null) : null;
    },
  },
  count: { min: 1, max: 1, label: '个数', fn: ([l]) => (Array.isArray(l) ? new Rational(l.length) : null) },
  contains: {
    min: 2,
    max: 2,
    label: '包含',
    fn: ([l, x]) => (Array.isArray(l) ? l.some((y) => y === x || (isQ(y) && isQ(x) && y.equals(x))) : null),
  },
};
