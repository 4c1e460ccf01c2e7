import type { Problem, ReportingForm, SubmissionBody } from '@kaoping/contracts';
import { fail } from '../../errors/fail.ts';

/** 400 naming each value or project the unit's form does not have (nothing is written). */
export function checkSubmissionBody(body: SubmissionBody, form: ReportingForm): void {
  const indicators = new Set(form.indicators.map((i) => i.id));
  const projects = new Set(form.projects.map((p) => p.id));
  const problems: Problem[] = [];
  for (const id of Object.keys(body.values)) {
    if (!indicators.has(id)) problems.push({ pointer: `/values/${id}`, message: `指标 ${id} 不在本单位本期的填报表中` });
  }
  const seen = new Set<string>();
  for (const [i, p] of body.projects.entries()) {
    if (!projects.has(p.projectId)) problems.push({ pointer: `/projects/${i}/projectId`, message: `项目 ${p.projectId} 不是本单位的项目` });
    if (seen.has(p.projectId)) problems.push({ pointer: `/projects/${i}/projectId`, message: `项目 ${p.projectId} 重复填报` });
    seen.add(p.projectId);
  }
  if (problems.length > 0) throw fail.invalid('报送内容有误，未保存', problems);
}
