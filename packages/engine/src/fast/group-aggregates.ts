import { column } from './pool.ts';
import { Q, type Q as QT, ZERO } from '../exact/q.ts';
import type { Node, Value } from '../formula/ast.ts';
import { compareValues } from '../formula/values.ts';
import { order } from './compare.ts';
import { exactInt, U } from './decimal.ts';
import { type FNode, numNode, T, Unsupported } from './node.ts';

type GroupFn = 'groupMax' | 'groupMin' | 'groupSum' | 'groupAvg' | 'groupCount' | 'groupRank';
const abs = Math.abs;

/** Members that pass the filter (every member without one); only true passes. */
function passing(filter: FNode | null, n: number): number[] {
  if (filter !== null && filter.t !== 'b') return [];
  const f = filter === null ? null : filter.bits();
  const out: number[] = [];
  for (let j = 0; j < n; j++) if (f === null || f[j] === T) out.push(j);
  return out;
}

/** A value shared by every member, with its error bound and its exact value on demand. */
interface Shared {
  readonly v: number;
  readonly e: number;
  exact(): Value;
}

function sharedNode(n: number, reduce: () => Shared): FNode {
  let r: Shared | null = null;
  const once = () => (r ??= reduce());
  return numNode(
    () => {
      const { v, e } = once();
      return { v: column(n).fill(v), e: e === 0 ? null : column(n).fill(e) };
    },
    () => once().exact(),
  );
}

/** groupMax, groupMin, groupSum, groupAvg and groupCount over the passing members' numbers, as the exact engine reduces them. */
function reduceGroup(fn: Exclude<GroupFn, 'groupRank'>, expr: FNode | null, filter: FNode | null, n: number): Shared {
  const ids = passing(filter, n);
  if (fn === 'groupCount') return { v: ids.length, e: 0, exact: () => new Q(ids.length) };
  const xs = expr !== null && expr.t === 'n' ? expr.col() : null;
  const nums = xs === null ? [] : ids.filter((j) => !Number.isNaN(xs.v[j]!));
  const err = (j: number) => (xs === null || xs.e === null ? 0 : xs.e[j]!);
  const exacts = () => nums.map((j) => expr!.exact(j) as QT);
  if (fn === 'groupMax' || fn === 'groupMin') {
    if (nums.length === 0) return { v: NaN, e: 0, exact: () => null };
    const better = fn === 'groupMax' ? 1 : -1;
    let v = xs!.v[nums[0]!]!;
    let e = 0;
    for (const j of nums) {
      v = better > 0 ? Math.max(v, xs!.v[j]!) : Math.min(v, xs!.v[j]!);
      e = Math.max(e, err(j));
    }
    return { v, e, exact: () => exacts().reduce((m, x) => (x.compare(m) === better ? x : m)) };
  }
  let s = 0;
  let e = 0;
  for (const j of nums) {
    const t = s + xs!.v[j]!;
    e = e === 0 && err(j) === 0 && exactInt(t) ? 0 : e + err(j) + abs(t) * U;
    s = t;
  }
  const total = () => exacts().reduce((a, x) => a.add(x), ZERO);
  if (fn === 'groupSum') return { v: s, e, exact: total };
  if (nums.length === 0) return { v: NaN, e: 0, exact: () => null };
  const c = nums.length;
  const v = s / c;
  return { v, e: e === 0 && exactInt(v) && v * c === s ? 0 : e / c + abs(v) * U, exact: () => total().div(c) };
}

/** groupRank(expr, order, filter): 1 + how many passing members are strictly better; null when the member's own value is not a number. */
function groupRank(expr: FNode, desc: boolean, filter: FNode | null, n: number): FNode {
  if (expr.t !== 'n')
    return numNode(
      () => ({ v: column(n).fill(NaN), e: null }),
      () => null,
    );
  return numNode(
    () => {
      const x = expr.col();
      const err = (j: number) => (x.e === null ? 0 : x.e[j]!);
      const cmp = (a: number, b: number) => {
        const c = order(x.v[a]!, err(a), x.v[b]!, err(b));
        return c === 2 ? (compareValues(expr.exact(a), expr.exact(b)) ?? 0) : c;
      };
      // Best first: a member's competitors that are strictly better form a prefix.
      const sorted = passing(filter, n)
        .filter((j) => !Number.isNaN(x.v[j]!))
        .sort((a, b) => (desc ? cmp(b, a) : cmp(a, b)));
      const v = column(n);
      for (let j = 0; j < n; j++) {
        if (Number.isNaN(x.v[j]!)) {
          v[j] = NaN;
          continue;
        }
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const c = cmp(sorted[mid]!, j);
          if (desc ? c > 0 : c < 0) lo = mid + 1;
          else hi = mid;
        }
        v[j] = 1 + lo;
      }
      return { v, e: null };
    },
    () => null,
  );
}

/** A group function call compiled over the group's members (the caller's scope compiles the arguments). */
export function groupCall(fn: GroupFn, args: readonly Node[], compile: (node: Node) => FNode, n: number): FNode {
  if (fn === 'groupRank') {
    const o = args[1];
    if (o !== undefined && o.k !== 'str') throw new Unsupported('groupRank 的次序不是常量');
    const filter = args[2] === undefined ? null : compile(args[2]);
    return groupRank(compile(args[0]!), o === undefined || o.v === 'desc', filter, n);
  }
  const withExpr = fn !== 'groupCount';
  const expr = withExpr ? compile(args[0]!) : null;
  const f = args[withExpr ? 1 : 0];
  const filter = f === undefined ? null : compile(f);
  return sharedNode(n, () => reduceGroup(fn, expr, filter, n));
}
