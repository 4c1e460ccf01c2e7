import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { ConditionRecord } from '../evaluate/record/record-condition.ts';
import { readSkipped, type FormulaRecord } from '../evaluate/record/record-formula.ts';
import { packScopes } from '../evaluate/record/pack-scopes.ts';
import type { ProjectRecords, Records } from '../evaluate/record/records.ts';
import type { Run } from '../evaluate/stages/run.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { CompiledProjectFact } from '../project/compiled-project-rules.ts';
import { projectKey } from '../project/record-project.ts';

/** A recorded formula fact, its skipped branches read, ready to render. */
export type Recorded = Pick<FormulaRecord, 'value' | 'sites' | 'read'>;

function recordsOf(rt: Run, p: number): Records {
  if (rt.records?.period !== p) throw new KaopingError(ErrorCode.EVALUATION_FAILED, '解释须在记录了该期求值过程的运行中生成');
  return rt.records;
}

function missing(what: string): KaopingError {
  return new KaopingError(ErrorCode.EVALUATION_FAILED, `没有 ${what} 的求值记录`);
}

/** The record of formula fact `name` of unit `u` (indicator `i`, −1 at unit level), evaluated first if it was not yet. */
export function recordedFormula(rt: Run, p: number, u: number, i: number, name: string): Recorded {
  const value = i < 0 ? rt.unitFact(p, u, name) : rt.indFact(p, u, i, name);
  const rec = recordsOf(rt, p).formula(u, i, name);
  if (rec === undefined) throw missing(name);
  const scopes = packScopes(rt.cp);
  return { value, sites: rec.sites, read: readSkipped(rec, i < 0 ? scopes.unit : (scopes.indicators[i] ?? scopes.unit), rt.ctx(p, u, i)) };
}

/** The record of a condition (`veto`, `list.<k>.<j>`) evaluated for unit `u`. */
export function recordedCondition(rt: Run, p: number, u: number, what: string): ConditionRecord {
  const rec = recordsOf(rt, p).condition(u, what);
  if (rec === undefined) throw missing(what);
  return rec;
}

/** What the project of `ctx` (a project context of `rt`) recorded. */
function projectRecords(rt: Run, ctx: Ctx): ProjectRecords {
  return recordsOf(rt, ctx.p).project(ctx.u, projectKey(ctx));
}

/** The record of project fact `f` of the project of `ctx`, evaluated first if it was not yet. */
export function recordedProjectFact(rt: Run, ctx: Ctx, f: CompiledProjectFact): Recorded {
  const value = rt.cp.projectRules.scope.ident(f.id)?.(ctx) ?? null;
  const rec = projectRecords(rt, ctx).facts[f.index];
  if (rec === undefined) throw missing(`项目 ${projectKey(ctx)} ${f.id}`);
  return { value, sites: rec.sites, read: readSkipped(rec, f.scope, ctx) };
}

/** The record of status rule `rule` (`list` null) or of rule `rule` of project list `list`, once the project's status or lists are computed. */
export function recordedProjectRule(rt: Run, ctx: Ctx, rule: number, list: number | null = null): ConditionRecord {
  const records = projectRecords(rt, ctx);
  const rec = list === null ? records.status[rule] : records.lists[list]?.[rule];
  if (rec === undefined) throw missing(`项目 ${projectKey(ctx)} ${list === null ? `状态规则 ${rule + 1}` : `清单 ${list + 1} 规则 ${rule + 1}`}`);
  return rec;
}
