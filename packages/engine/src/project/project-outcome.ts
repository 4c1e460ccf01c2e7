import { isQ, ONE, ZERO } from '../exact/q.ts';
import { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { CompiledProjectRules } from './compiled-project-rules.ts';
import { projectKey, projectRecordsOf, projectRuleHolds } from './record-project.ts';

const SEVERITY: Record<string, number> = { normal: 0, lagging: 1, severe: 2 };

/** The computed names of one project in one period (ctx.row is the project). */
function memoOf(ctx: Ctx): Map<string, Value> {
  const key = `project|${ctx.p}|${ctx.u}|${projectKey(ctx)}`;
  let m = ctx.rt.cache.get(key) as Map<string, Value> | undefined;
  if (m === undefined) {
    m = new Map();
    ctx.rt.cache.set(key, m);
  }
  return m;
}

/** A project name computed once per period: `compute` may set further names of the same stage. */
export function memoized(ctx: Ctx, name: string, compute: (m: Map<string, Value>) => Value): Value {
  const m = memoOf(ctx);
  if (!m.has(name)) m.set(name, compute(m));
  return m.get(name) ?? null;
}

/**
 * Investment reported for the project: report rows of its unit whose 指标 is the project's id
 * (本月完成投资), summed over the window, or the as-of month's value alone.
 */
export function invested(ctx: Ctx, monthOnly: boolean): Value {
  const rt = ctx.rt;
  const w = rt instanceof RunState ? rt.periods[ctx.p] : undefined;
  if (!(rt instanceof RunState) || w === undefined) return null;
  const rows = rt.data.reports[ctx.u]?.get(String(ctx.row?.['id'])) ?? [];
  if (monthOnly) return rows.find((r) => r.ym === w.ymEnd)?.value ?? null;
  return rows.filter((r) => r.ym >= w.ymStart && r.ym <= w.ymEnd).reduce((s, r) => (r.value === null ? s : s.add(r.value)), ZERO);
}

/** 正常 / 滞后 / 严重滞后: the most severe status among the rules that hold; sets `statusReasons`. */
export function projectStatus(rules: CompiledProjectRules, ctx: Ctx): Value {
  return memoized(ctx, 'status', (m) => {
    let status = 'normal';
    const reasons: string[] = [];
    const into = projectRecordsOf(ctx)?.status ?? null;
    for (let k = 0; k < rules.status.length; k++) {
      const r = rules.status[k]!;
      if (!projectRuleHolds(r, ctx, into, k)) continue;
      reasons.push(r.reason);
      if ((SEVERITY[r.status] ?? 0) > (SEVERITY[status] ?? 0)) status = r.status;
    }
    m.set('statusReasons', reasons);
    return status;
  });
}

export function statusReasons(rules: CompiledProjectRules, ctx: Ctx): Value {
  projectStatus(rules, ctx);
  return memoOf(ctx).get('statusReasons') ?? [];
}

/** The project's status in the previous period (null in the scheme's first period). */
export function previousStatus(rules: CompiledProjectRules, ctx: Ctx): Value {
  return ctx.p === 0 ? null : projectStatus(rules, { ...ctx, p: ctx.p - 1 });
}

/** How many periods in a row, up to this one, the project has not been 正常 (0 when it is 正常 now). */
export function laggingPeriods(rules: CompiledProjectRules, ctx: Ctx): Value {
  return memoized(ctx, 'laggingPeriods', () => {
    if (projectStatus(rules, ctx) === 'normal') return ZERO;
    const before = ctx.p === 0 ? ZERO : laggingPeriods(rules, { ...ctx, p: ctx.p - 1 });
    return isQ(before) ? before.add(1) : ONE;
  });
}

/** The first light band that holds; sets `lightReason`. */
export function projectLight(rules: CompiledProjectRules, ctx: Ctx, name: 'light' | 'lightReason'): Value {
  memoized(ctx, 'light', (m) => {
    const band = rules.light.find((b) => b.when === null || b.when(ctx) === true);
    m.set('lightReason', band?.reason ?? null);
    return band?.light ?? null;
  });
  return memoOf(ctx).get(name) ?? null;
}

/** Ids of the project lists the project is on; each list's holding reasons are kept as `list:<id>`. */
export function projectLists(rules: CompiledProjectRules, ctx: Ctx): Value {
  return memoized(ctx, 'lists', (m) => {
    const on: string[] = [];
    const recs = projectRecordsOf(ctx);
    for (let k = 0; k < rules.lists.length; k++) {
      const list = rules.lists[k]!;
      const into = recs === null ? null : (recs.lists[k] = []);
      const reasons = list.rules.filter((r, j) => projectRuleHolds(r, ctx, into, j)).map((r) => r.reason);
      m.set(`list:${list.id}`, reasons);
      if (reasons.length > 0) on.push(list.id);
    }
    return on;
  });
}

/** Reason codes for which the project is on list `id` (empty when it is not). */
export function listReasons(rules: CompiledProjectRules, ctx: Ctx, id: string): string[] {
  projectLists(rules, ctx);
  const v = memoOf(ctx).get(`list:${id}`);
  return Array.isArray(v) ? v.map(String) : [];
}
