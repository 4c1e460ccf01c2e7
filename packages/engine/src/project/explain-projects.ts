import type { TraceLine } from '@kaoping/contracts';
import { PROJECT_STATUS_NAMES, type ProjectStatus } from '@kaoping/contracts';
import type { RunState } from '../evaluate/run-state.ts';
import { showValue } from '../formula/values.ts';
import { projectContexts, projectValue } from './build-projects.ts';
import { listReasons } from './project-outcome.ts';
import { explainProjectFormula, renderProjectCondition, type ProjectView } from './render-project.ts';

const LIGHT_CN: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** Each project of unit `u` explained in Chinese: facts, status with the rules that hold, light and lists. */
export function explainProjects(rt: RunState, p: number, u: number): TraceLine[] {
  const rules = rt.cp.projectRules;
  if (!rules.present) return [];
  const lines: TraceLine[] = [];
  for (const ctx of projectContexts(rt, p, [u])) {
    const id = String(ctx.row?.['id'] ?? '');
    const head = `项目 ${id} ${String(ctx.row?.['name'] ?? '')}`;
    const view: ProjectView = { scope: rules.scope, ctx, labels: rt.cp.labels };
    const v = (name: string) => projectValue(rt, ctx, name);
    const status = PROJECT_STATUS_NAMES[v('status') as ProjectStatus];
    lines.push({ key: `project.${id}`, text: `${head}：${status}，累计完成投资 ${showValue(v('invested'))} 万元` });
    for (const f of rules.facts) {
      lines.push({ key: `project.${id}.${f.id}`, text: `${head}：${explainProjectFormula(f.name, f.formula.node, view, showValue(v(f.id)))}` });
    }
    for (const r of rules.status) {
      if (r.when(ctx) !== true) continue;
      lines.push({
        key: `project.${id}.status`,
        text: `${head} → ${PROJECT_STATUS_NAMES[r.status]}（${r.label ?? r.reason}）：${renderProjectCondition(r.cond, view)}`,
      });
    }
    const light = v('light');
    if (typeof light === 'string') lines.push({ key: `project.${id}.light`, text: `${head}：${LIGHT_CN[light] ?? light}（${showValue(v('lightReason'))}）` });
    for (const list of rules.lists) {
      const reasons = listReasons(rules, ctx, list.id);
      for (const r of list.rules.filter((x) => reasons.includes(x.reason))) {
        lines.push({ key: `project.${id}.list.${list.id}`, text: `${head} → ${list.name}（${r.label ?? r.reason}）：${renderProjectCondition(r.cond, view)}` });
      }
    }
  }
  return lines;
}
