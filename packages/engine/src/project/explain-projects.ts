import type { TraceLine } from '@kaoping/contracts';
import { PROJECT_STATUS_NAMES, type ProjectStatus } from '@kaoping/contracts';
import type { RunState } from '../evaluate/run-state.ts';
import { showValue } from '../formula/values.ts';
import { recordedProjectFact, recordedProjectRule } from '../trace/recorded.ts';
import { explainFormula, renderCondition } from '../trace/render.ts';
import { projectContexts, projectValue } from './build-projects.ts';
import { listReasons } from './project-outcome.ts';
import { projectValueText, showProjectValue } from './render-project.ts';

/**
 * Each project of unit `u` explained in Chinese: facts, status with the rules that hold, light and
 * lists, rendered from the records of a run that recorded its evaluations (`state` itself, or a
 * recording run beside it): the formulas and conditions are not evaluated again here.
 */
export function explainProjects(state: RunState, p: number, u: number): TraceLine[] {
  const rules = state.cp.projectRules;
  if (!rules.present) return [];
  const rt = state.traced();
  const labels = rt.cp.labels;
  const lines: TraceLine[] = [];
  for (const ctx of projectContexts(rt, p, [u])) {
    const id = String(ctx.row?.['id'] ?? '');
    const head = `项目 ${id} ${String(ctx.row?.['name'] ?? '')}`;
    const v = (name: string) => projectValue(rt, ctx, name);
    const status = PROJECT_STATUS_NAMES[v('status') as ProjectStatus];
    lines.push({ key: `project.${id}`, text: `${head}：${status}，累计完成投资 ${showValue(v('invested'))} 万元` });
    for (const f of rules.facts) {
      const rec = recordedProjectFact(rt, ctx, f);
      lines.push({ key: `project.${id}.${f.id}`, text: `${head}：${explainFormula(f.name, f.formula.node, labels, rec, showValue(rec.value))}` });
    }
    rules.status.forEach((r, k) => {
      const rec = recordedProjectRule(rt, ctx, k);
      if (!rec.result) return;
      const why = renderCondition(rec, labels, showProjectValue);
      lines.push({ key: `project.${id}.status`, text: `${head} → ${PROJECT_STATUS_NAMES[r.status]}（${r.label ?? r.reason}）：${why}` });
    });
    const light = v('light');
    if (typeof light === 'string')
      lines.push({ key: `project.${id}.light`, text: `${head}：${projectValueText('light', light)}（${showValue(v('lightReason'))}）` });
    rules.lists.forEach((list, k) => {
      const reasons = listReasons(rules, ctx, list.id);
      list.rules.forEach((r, j) => {
        if (!reasons.includes(r.reason)) return;
        const why = renderCondition(recordedProjectRule(rt, ctx, j, k), labels, showProjectValue);
        lines.push({ key: `project.${id}.list.${list.id}`, text: `${head} → ${list.name}（${r.label ?? r.reason}）：${why}` });
      });
    });
  }
  return lines;
}
