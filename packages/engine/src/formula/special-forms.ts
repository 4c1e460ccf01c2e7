import { isQ, Q, type Q as QT, ZERO } from '../exact/q.ts';
import type { Node, Value } from './ast.ts';
import type { Ctx, Getter, Span } from './runtime.ts';
import type { Scope } from './scope.ts';
import { FormulaSyntaxError } from './parse-formula.ts';
import { isTrue } from './values.ts';

type Compile = (node: Node, scope: Scope) => Getter;

interface SpecialForm {
  min: number;
  max: number;
  label: string;
  scopes: readonly Scope['kind'][];
  build: (args: Node[], scope: Scope, compile: Compile, id: number) => Getter;
}

const UNIT_OR_INDICATOR = ['unit', 'indicator'] as const;

function optional(args: Node[], k: number, scope: Scope, compile: Compile): Getter | null {
  const n = args[k];
  return n === undefined ? null : compile(n, scope);
}

function literalString<T extends string>(n: Node | undefined, allowed: readonly T[], fallback: T): T {
  if (n === undefined) return fallback;
  if (n.k !== 'str' || !(allowed as readonly string[]).includes(n.v)) {
    throw new FormulaSyntaxError(`参数须为 ${allowed.map((a) => `'${a}'`).join(' 或 ')}`);
  }
  return n.v as T;
}

/** A value of the caller's group (per period and indicator), made once and memoized under `key`. */
function groupMemo<T>(ctx: Ctx, key: string, make: () => T): T {
  const ck = `${key}|${ctx.p}|${ctx.rt.groupOf(ctx.u)}|${ctx.i}`;
  const hit = ctx.rt.cache.get(ck) as T | undefined;
  if (hit !== undefined) return hit;
  const out = make();
  ctx.rt.cache.set(ck, out);
  return out;
}

/** Values of `expr` over the members of the caller's group that pass `filter`. */
function collect(ctx: Ctx, expr: Getter | null, filter: Getter | null): Value[] {
  const out: Value[] = [];
  for (const u of ctx.rt.groupMembers(ctx.u)) {
    const c: Ctx = { rt: ctx.rt, p: ctx.p, u, i: ctx.i, row: null };
    if (filter !== null && !isTrue(filter(c))) continue;
    out.push(expr === null ? true : expr(c));
  }
  return out;
}

/** The numbers among the members' values, ascending, once per group: each member's rank among them is then a binary search, not a pass over the group. */
function sortedNumbers(ctx: Ctx, key: string, expr: Getter, filter: Getter | null): readonly QT[] {
  return groupMemo(ctx, key, () =>
    collect(ctx, expr, filter)
      .filter(isQ)
      .sort((a, b) => a.compare(b)),
  );
}

/** How many of `sorted` (ascending) are above `x` (`side` 1) or below it (`side` −1). */
function countBeyond(sorted: readonly QT[], x: QT, side: 1 | -1): number {
  // lo ends at the first value above x (side 1) or at the first not below x (side −1).
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = (sorted[mid] as QT).compare(x);
    if (side === 1 ? c <= 0 : c < 0) lo = mid + 1;
    else hi = mid;
  }
  return side === 1 ? sorted.length - lo : lo;
}

/** Aggregates over the group are made once per group: made per member, they cost the square of the group. */
function groupAggregate(reduce: (xs: QT[]) => Value): SpecialForm['build'] {
  return (args, scope, compile, id) => {
    const expr = compile(args[0] as Node, scope);
    const filter = optional(args, 1, scope, compile);
    return (ctx) => groupMemo(ctx, `g${id}`, () => reduce(collect(ctx, expr, filter).filter(isQ)));
  };
}

function groupRank(args: Node[], scope: Scope, compile: Compile, id: number): Getter {
  const expr = compile(args[0] as Node, scope);
  const order = literalString(args[1], ['desc', 'asc'] as const, 'desc');
  const filter = optional(args, 2, scope, compile);
  return (ctx) => {
    const own = expr(ctx);
    if (!isQ(own)) return null;
    return new Q(1 + countBeyond(sortedNumbers(ctx, `r${id}`, expr, filter), own, order === 'desc' ? 1 : -1));
  };
}

function indicatorAggregate(kind: 'sum' | 'count' | 'all' | 'any' | 'list'): SpecialForm['build'] {
  return (args, scope, compile) => {
    const inner = scope.indicatorScope as Scope;
    const expr = kind === 'count' || kind === 'list' ? null : compile(args[0] as Node, inner);
    const filterIndex = kind === 'count' || kind === 'list' ? 0 : 1;
    const filter = optional(args, filterIndex, inner, compile);
    return (ctx) => {
      const values: Value[] = [];
      const ids: Value[] = [];
      for (const i of ctx.rt.groupIndicators(ctx.u)) {
        const c: Ctx = { rt: ctx.rt, p: ctx.p, u: ctx.u, i, row: null };
        if (filter !== null && !isTrue(filter(c))) continue;
        values.push(expr === null ? true : expr(c));
        // Only a list returns the ids (a pure fact): the other kinds read none.
        if (kind === 'list') ids.push(ctx.rt.indFact(ctx.p, ctx.u, i, 'id'));
      }
      if (kind === 'list') return ids;
      if (kind === 'count') return new Q(values.length);
      if (kind === 'all') return values.every(isTrue);
      if (kind === 'any') return values.some(isTrue);
      return values.every(isQ) ? (values as QT[]).reduce((s, x) => s.add(x), ZERO) : null;
    };
  };
}

function rankedAmong(direction: 'below' | 'above'): SpecialForm['build'] {
  return (args, scope, compile, id) => {
    const filter = compile(args[0] as Node, scope);
    const rank: Getter = (c) => c.rt.unitFact(c.p, c.u, 'rank');
    return (ctx) => {
      const own = rank(ctx);
      if (!isQ(own)) return null;
      return new Q(countBeyond(sortedNumbers(ctx, `a${id}`, rank, filter), own, direction === 'below' ? 1 : -1));
    };
  };
}

function prev(args: Node[], scope: Scope, compile: Compile): Getter {
  const expr = compile(args[0] as Node, scope);
  const k = args[1];
  let back = 1;
  if (k !== undefined) {
    if (k.k !== 'num' || !k.v.equals(k.v.floor()) || k.v.compare(1) < 0) throw new FormulaSyntaxError('prev 的第二个参数须为正整数');
    back = Number(k.v.valueOf());
  }
  return (ctx) => (ctx.p - back < 0 ? null : expr({ ...ctx, p: ctx.p - back }));
}

function overPeriods(kind: 'count' | 'all' | 'any' | 'sum'): SpecialForm['build'] {
  return (args, scope, compile) => {
    const expr = compile(args[0] as Node, scope);
    const span = literalString<Span>(args[1], ['year', 'quarter', 'all'], 'year');
    return (ctx) => {
      const values = ctx.rt.periodsInSpan(ctx.p, span).map((p) => expr({ ...ctx, p }));
      if (kind === 'count') return new Q(values.filter(isTrue).length);
      if (kind === 'all') return values.every(isTrue);
      if (kind === 'any') return values.some(isTrue);
      return values.every(isQ) ? (values as QT[]).reduce((s, x) => s.add(x), ZERO) : null;
    };
  };
}

function consecutive(args: Node[], scope: Scope, compile: Compile): Getter {
  const expr = compile(args[0] as Node, scope);
  return (ctx) => {
    let n = 0;
    for (let p = ctx.p; p >= 0 && isTrue(expr({ ...ctx, p })); p--) n++;
    return new Q(n);
  };
}

function lazyIf(args: Node[], scope: Scope, compile: Compile): Getter {
  const [c, a, b] = args.map((n) => compile(n, scope)) as [Getter, Getter, Getter];
  return (ctx) => (isTrue(c(ctx)) ? a(ctx) : b(ctx));
}

const sum = (xs: QT[]): Value => xs.reduce((s, x) => s.add(x), ZERO);
const pick =
  (better: number) =>
  (xs: QT[]): Value =>
    xs.length === 0 ? null : xs.reduce((m, x) => (x.compare(m) === better ? x : m));

/** Functions whose arguments are evaluated elsewhere: in other units, indicators or periods. */
export const SPECIAL_FORMS: Record<string, SpecialForm> = {
  if: { min: 3, max: 3, label: '如果', scopes: ['unit', 'indicator', 'project', 'event', 'report'], build: lazyIf },
  groupMax: { min: 1, max: 2, label: '组内最大值', scopes: UNIT_OR_INDICATOR, build: groupAggregate(pick(1)) },
  groupMin: { min: 1, max: 2, label: '组内最小值', scopes: UNIT_OR_INDICATOR, build: groupAggregate(pick(-1)) },
  groupSum: { min: 1, max: 2, label: '组内合计', scopes: UNIT_OR_INDICATOR, build: groupAggregate(sum) },
  groupAvg: {
    min: 1,
    max: 2,
    label: '组内平均',
    scopes: UNIT_OR_INDICATOR,
    build: groupAggregate((xs) => (xs.length === 0 ? null : xs.reduce((s, x) => s.add(x), ZERO).div(xs.length))),
  },
  groupCount: {
    min: 0,
    max: 1,
    label: '组内单位数',
    scopes: UNIT_OR_INDICATOR,
    build: (args, scope, compile, id) => {
      const filter = optional(args, 0, scope, compile);
      return (ctx) => groupMemo(ctx, `c${id}`, () => new Q(collect(ctx, null, filter).length));
    },
  },
  groupRank: { min: 1, max: 3, label: '组内名次', scopes: UNIT_OR_INDICATOR, build: groupRank },
  indicatorSum: { min: 1, max: 2, label: '各指标合计', scopes: ['unit'], build: indicatorAggregate('sum') },
  indicatorCount: { min: 0, max: 1, label: '指标个数', scopes: ['unit'], build: indicatorAggregate('count') },
  indicatorAll: { min: 1, max: 2, label: '各指标均满足', scopes: ['unit'], build: indicatorAggregate('all') },
  indicatorAny: { min: 1, max: 2, label: '任一指标满足', scopes: ['unit'], build: indicatorAggregate('any') },
  indicatorList: { min: 1, max: 1, label: '满足条件的指标', scopes: ['unit'], build: indicatorAggregate('list') },
  rankedBelowAmong: { min: 1, max: 1, label: '其后满足条件的单位数', scopes: ['unit'], build: rankedAmong('below') },
  rankedAboveAmong: { min: 1, max: 1, label: '其前满足条件的单位数', scopes: ['unit'], build: rankedAmong('above') },
  prev: { min: 1, max: 2, label: '上期', scopes: UNIT_OR_INDICATOR, build: prev },
  countPeriods: { min: 1, max: 2, label: '满足条件的期数', scopes: UNIT_OR_INDICATOR, build: overPeriods('count') },
  allPeriods: { min: 1, max: 2, label: '各期均满足', scopes: UNIT_OR_INDICATOR, build: overPeriods('all') },
  anyPeriods: { min: 1, max: 2, label: '任一期满足', scopes: UNIT_OR_INDICATOR, build: overPeriods('any') },
  sumPeriods: { min: 1, max: 2, label: '各期合计', scopes: UNIT_OR_INDICATOR, build: overPeriods('sum') },
  consecutive: { min: 1, max: 1, label: '连续满足期数', scopes: UNIT_OR_INDICATOR, build: consecutive },
};
