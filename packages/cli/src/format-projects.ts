import { PROJECT_STATUS_NAMES, type RunResult } from '@kaoping/contracts';

const LIGHT: Record<string, string> = { green: '绿', yellow: '黄', red: '红' };

type Projects = NonNullable<RunResult['projects']>;

function unitNames(r: RunResult): Map<string, string> {
  return new Map(r.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.name] as const)));
}

/** The project lists in words: `滞后项目清单：项目名(单位；原因)，…`. */
export function projectListLines(r: RunResult, projects: Projects): string[] {
  const units = unitNames(r);
  const names = new Map(projects.items.map((p) => [p.projectId, p.name]));
  return projects.lists.map((l) => {
    const entries = l.entries.map(
      (e) => `${names.get(e.projectId) ?? e.projectId}(${units.get(e.unitId) ?? e.unitId}；${e.reasons.map((x) => l.reasons[x] ?? x).join('、')})`,
    );
    return `${l.name}：${entries.length === 0 ? '无' : entries.join('，')}`;
  });
}

/** One row per project: unit, status with reasons in words, periods lagging in a row, investment, light and its lists. */
export function projectRows(r: RunResult, projects: Projects): { header: string[]; rows: string[][] } {
  const units = unitNames(r);
  const listNames = new Map(projects.lists.map((l) => [l.id, l.name]));
  return {
    header: ['项目编号', '项目名称', '责任单位', '状态', '原因', '连续滞后期数', '累计完成投资', '灯', '所在清单'],
    rows: projects.items.map((p) => [
      p.projectId,
      p.name,
      units.get(p.unitId) ?? p.unitId,
      PROJECT_STATUS_NAMES[p.status],
      p.reasons.map((x) => projects.reasons[x] ?? x).join('、'),
      String(p.laggingPeriods),
      p.invested,
      p.light === null ? '' : (LIGHT[p.light] ?? ''),
      p.lists.map((x) => listNames.get(x) ?? x).join('、'),
    ]),
  };
}
