import type { ProjectStatus, RunResult } from '@kaoping/contracts';

export interface ProjectRowView {
  projectId: string;
  name: string;
  unitName: string;
  status: ProjectStatus;
  /** The status rules that hold, as the pack labels them (else their codes). */
  reasons: string[];
  invested: string;
  light: 'green' | 'yellow' | 'red' | null;
  /** Periods in a row the project has not been 正常. */
  laggingPeriods: number;
}

export interface ProjectListView {
  id: string;
  name: string;
  entries: (ProjectRowView & { listReasons: string[] })[];
}

function unitNames(result: RunResult): Map<string, string> {
  return new Map(result.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.name] as const)));
}

/** Every project with its status and reasons in words; empty when the run has no project outcomes. */
export function projectRows(result: RunResult): ProjectRowView[] {
  const projects = result.projects;
  if (projects === undefined) return [];
  const units = unitNames(result);
  return projects.items.map((p) => ({
    projectId: p.projectId,
    name: p.name,
    unitName: units.get(p.unitId) ?? p.unitId,
    status: p.status,
    reasons: p.reasons.map((r) => projects.reasons[r] ?? r),
    invested: p.invested,
    light: p.light,
    laggingPeriods: p.laggingPeriods,
  }));
}

/** The project lists (滞后项目清单, 督办项目 …) with each entry's project, unit and reasons in words. */
export function projectLists(result: RunResult): ProjectListView[] {
  const rows = new Map(projectRows(result).map((r) => [r.projectId, r]));
  return (result.projects?.lists ?? []).map((l) => ({
    id: l.id,
    name: l.name,
    entries: l.entries.flatMap((e) => {
      const row = rows.get(e.projectId);
      return row === undefined ? [] : [{ ...row, listReasons: e.reasons.map((r) => l.reasons[r] ?? r) }];
    }),
  }));
}
