import type { ConditionRecord } from '../evaluate/record/record-condition.ts';
import { recordCompiled } from '../evaluate/record/record-compiled.ts';
import { recordCondition } from '../evaluate/record/record-condition.ts';
import type { ProjectRecords } from '../evaluate/record/records.ts';
import { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { CompiledProjectFact, CompiledProjectRule } from './compiled-project-rules.ts';

/** The project of `ctx` as its memo and its records key it. */
export function projectKey(ctx: Ctx): string {
  return String(ctx.row?.['id']);
}

/** The records of the project of `ctx` when its run records the period of `ctx`; else null (nothing is recorded). */
export function projectRecordsOf(ctx: Ctx): ProjectRecords | null {
  const rt = ctx.rt;
  return rt instanceof RunState && rt.records?.period === ctx.p ? rt.records.project(ctx.u, projectKey(ctx)) : null;
}

/** A project fact's value; a traced run evaluates it by `recordCompiled` and keeps the record for the trace. */
export function projectFactValue(f: CompiledProjectFact, ctx: Ctx): Value {
  const records = projectRecordsOf(ctx);
  if (records === null) return f.formula.get(ctx);
  const rec = recordCompiled(f.formula, f.scope, ctx);
  records.facts[f.index] = rec;
  return rec.value;
}

/**
 * Whether a project rule holds. With `into` (the project's records of its status or of a list, in a
 * traced run) it is evaluated by `recordCondition` and its record kept at `into[k]`.
 */
export function projectRuleHolds(r: CompiledProjectRule, ctx: Ctx, into: (ConditionRecord | undefined)[] | null, k: number): boolean {
  if (into === null) return r.when(ctx) === true;
  const rec = recordCondition(r.cond, r.scope, ctx);
  into[k] = rec;
  return rec.result;
}
