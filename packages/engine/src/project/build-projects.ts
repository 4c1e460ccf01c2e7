import type { ProjectListEntry, ProjectOutcome, ProjectsResult, ProjectStatus } from '@kaoping/contracts';
import { exact, factJson } from '../evaluate/format.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Ctx } from '../formula/runtime.ts';
import { listReasons } from './project-outcome.ts';

const LIGHTS = new Set(['green', 'yellow', 'red']);

/** Every project of every unit with a context to evaluate it in, in unit then input order. */
export function projectContexts(rt: RunState, p: number, units?: readonly number[]): Ctx[] {
  const us = units ?? rt.data.units.map((_, u) => u);
  return us.flatMap((u) => (rt.data.projects[u] ?? []).map((row) => ({ rt, p, u, i: -1, row })));
}

/** Reads a computed project name through the compiled project scope. */
export function projectValue(rt: RunState, ctx: Ctx, name: string) {
  return rt.cp.projectRules.scope.ident(name)?.(ctx) ?? null;
}

function outcome(rt: RunState, ctx: Ctx): ProjectOutcome {
  const rules = rt.cp.projectRules;
  const v = (name: string) => projectValue(rt, ctx, name);
  const light = v('light');
  const reasons = v('statusReasons');
  const lists = v('lists');
  return {
    projectId: String(ctx.row?.['id'] ?? ''),
    unitId: String(ctx.row?.['unitId'] ?? ''),
    name: String(ctx.row?.['name'] ?? ''),
    status: v('status') as ProjectStatus,
    reasons: Array.isArray(reasons) ? reasons.map(String) : [],
    prevStatus: (v('prevStatus') as ProjectStatus | null) ?? null,
    laggingPeriods: Number(exact(v('laggingPeriods')) ?? 0),
    light: typeof light === 'string' && LIGHTS.has(light) ? (light as ProjectOutcome['light']) : null,
    lightReason: (v('lightReason') as string | null) ?? null,
    invested: exact(v('invested')) ?? '0',
    facts: Object.fromEntries(rules.facts.map((f) => [f.id, factJson(v(f.id), f.round ?? undefined)])),
    lists: Array.isArray(lists) ? lists.map(String) : [],
  };
}

/** Project outcomes and project lists of period `p`, for a pack with project rules. */
export function buildProjects(rt: RunState, p: number): ProjectsResult {
  const rules = rt.cp.projectRules;
  const contexts = projectContexts(rt, p);
  const items = contexts.map((ctx) => outcome(rt, ctx));
  const lists = rules.lists.map((list) => {
    const entries: ProjectListEntry[] = [];
    contexts.forEach((ctx, k) => {
      const reasons = listReasons(rules, ctx, list.id);
      if (reasons.length === 0) return;
      const detail = list.rules.find((r) => r.detail !== null && reasons.includes(r.reason))?.detail?.get(ctx) ?? null;
      entries.push({ projectId: items[k]?.projectId ?? '', unitId: items[k]?.unitId ?? '', reasons, detail: factJson(detail) });
    });
    return { id: list.id, name: list.name, reasons: Object.fromEntries(list.rules.map((r) => [r.reason, r.label ?? r.reason])), entries };
  });
  return { reasons: Object.fromEntries(rules.status.map((r) => [r.reason, r.label ?? r.reason])), items, lists };
}
