import { INDICATOR_BUILTINS, PERIOD_NAMES } from '../compile/names.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import type { RunState } from '../evaluate/run-state.ts';

const periodNames = new Set<string>(PERIOD_NAMES);
const indicatorNames = new Set<string>(INDICATOR_BUILTINS);

/** Looks a name up at run time: indicator params and facts, then unit facts, then period facts. */
export function lookup(rt: RunState, ctx: Ctx, name: string): Value {
  if (ctx.i >= 0) {
    const ind = rt.cp.indicators[ctx.i];
    const param = ind?.params.get(name);
    if (param !== undefined) return param;
    if (ind !== undefined && (ind.formulas.has(name) || indicatorNames.has(name))) {
      return rt.indFact(ctx.p, ctx.u, ctx.i, name);
    }
  }
  if (periodNames.has(name)) return rt.periodFact(ctx.p, name);
  return rt.unitFact(ctx.p, ctx.u, name);
}

/** A scope that resolves names when evaluated, for re-evaluating parts of formulas in traces. */
export function dynamicScope(rt: RunState, kind: 'unit' | 'indicator'): Scope {
  return {
    kind,
    ident: (name) => (ctx) => lookup(rt, ctx, name),
    member: (object, prop) => {
      const i = rt.cp.indicatorIndex.get(object);
      return i === undefined ? null : (ctx) => rt.indFact(ctx.p, ctx.u, i, prop);
    },
    names: () => [],
    ...(kind === 'unit' ? { indicatorScope: dynamicScope(rt, 'indicator') } : {}),
  };
}
