import { RunState } from '../evaluate/run-state.ts';
import type { ProjectRecords } from '../evaluate/record/records.ts';
import { recordCompiled } from '../evaluate/record/record-compiled.ts';
import { recordCondition } from '../evaluate/record/record-condition.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { CompiledProjectFact, CompiledProjectRule } from './compiled-project-rules.ts';

/** The project of `ctx` as its memo and its records key it. */
export function projectKey(ctx: Ctx): string {
  return String(ctx.row?.['id']);
}

/** The records of the project of `ctx` when its run records the period of `ctx`; else null (nothing is recorded). */
function recordsOf(ctx: Ctx): ProjectRecords | null {
  const rt = ctx.rt;
  return rt instanceof RunState && rt.records?.period === ctx.p ? rt.records.project(ctx.u, projectKey(ctx)) : null;
}

/** A project fact's value; a traced run evaluates it by `recordCompiled` and keeps the record for the trace. */
export function projectFactValue(f: CompiledProjectFact, ctx: Ctx): Value {
  const records = recordsOf(ctx);
  if (records === null) return f.formula.get(ctx);
  const rec = recordCompiled(f.formula, f.scope, ctx);
  records.facts[f.index] = rec;
  return rec.value;
}

/**
 * Whether a project rule holds: status rule `rule` (`list` null) or rule `rule` of project list
 * `list`. A traced run evaluates it by `recordCondition` and keeps the record for the trace.
 */
export function projectRuleHolds(r: CompiledProjectRule, ctx: Ctx, rule: number, list: number | null = null): boolean {
  const records = recordsOf(ctx);
  if (records === null) return r.when(ctx) === true;
  const rec = recordCondition(r.cond, r.scope, ctx);
  if (list === null) records.status[rule] = rec;
  else (records.lists[list] ??= [])[rule] = rec;
  return rec.result;
}
