import type { Dataset, RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { int, readExpected, runPack } from './golden-helpers.ts';

const AS_OF = ['2022-06-30', '2022-12-31'];

/** The engine's run in the shape of the reference's expected.json. */
function luoxiShape(r: RunResult) {
  const projects = r.projects;
  if (projects === undefined) throw new Error('no project outcomes');
  const entries = (id: string) => projects.lists.find((l) => l.id === id)?.entries ?? [];
  return {
    as_of: r.asOf,
    projects: projects.items.map((p) => ({
      project_id: p.projectId,
      unit_id: p.unitId,
      library: p.facts['inLibrary'],
      status: p.status,
      reasons: p.reasons,
      overdue_days: int(p.facts['overdueDays']),
      lists: p.lists,
    })),
    滞后项目清单: entries('lagging').map((e) => ({ project_id: e.projectId, reasons: e.reasons, overdue_days: int(e.detail) })),
    督办项目: entries('supervise').map((e) => e.projectId),
    groups: Object.fromEntries(
      r.groups.map((g) => [
        g.name,
        {
          ranking: g.units.map((u) => ({
            unit_id: u.unitId,
            rank: u.rank,
            indicators: Object.fromEntries(
              Object.entries(u.indicators).map(([k, ind]) => [
                k,
                ind.applicable ? { applicable: true, actual: ind.actual, target: ind.target, score: ind.score, done: ind.done } : { applicable: false },
              ]),
            ),
            base: u.base,
            deduction: u.deduction,
            total: u.total,
            lagging_projects: int(u.measures['laggingProjects']?.value),
            late_reports: int(u.measures['lateReports']?.value),
            late_over_10_days: int(u.measures['lateLong']?.value),
          })),
          考核优秀: g.lists['excellent'],
          年度任务未完成: (g.listEntries['unfinished'] ?? []).map((e) => ({ unit_id: e.unitId, missed: e.detail })),
        },
      ]),
    ),
  };
}

const whole = (runs: RunResult[]) => ({ case: 'luoxi-2022', rule_set: 'R-LX2022', runs: runs.map(luoxiShape) });

describe('golden: luoxi-2022 (R-LX2022), member units of 罗溪镇 with a project library and late reports', () => {
  const { runs } = runPack('luoxi-2022', AS_OF);

  it('reproduces expected.json in full', () => {
    expect(whole(runs)).toEqual(readExpected('luoxi-2022'));
  });

  it('deducts late monthly reports automatically and explains it', () => {
    const trace = runs[1]?.trace?.['V05']?.map((l) => l.text) ?? [];
    expect(trace).toContain('扣分：滞后项目 1×1 + 月报迟报 2×0.5 + 迟报超过10天(加扣) 1×0.5 = 2.5，封顶 10 → 2.5');
    expect(trace).toContain('项目 LX09 翁山森林康养步道 → 严重滞后（超过计划签约时间90天仍未签约）：逾期天数 275 大于 90 ✓');
  });

  it('can fail: a report on time, or a project signed on time, no longer matches expected.json', () => {
    const expected = readExpected('luoxi-2022');
    const onTime = (d: Dataset): Dataset => ({ ...d, events: d.events.filter((e) => !(e.unitId === 'V05' && e.period === '2022-09')) });
    expect(whole(runPack('luoxi-2022', AS_OF, onTime).runs)).not.toEqual(expected);
    const signed = (d: Dataset): Dataset => ({
      ...d,
      projects: d.projects.map((p) => (p.id === 'LX03' ? { ...p, fields: { ...p.fields, signedOn: '2022-12-01' } } : p)),
    });
    const changed = runPack('luoxi-2022', AS_OF, signed).runs;
    expect(luoxiShape(changed[1] as RunResult).滞后项目清单.map((x) => x.project_id)).not.toContain('LX03');
    expect(whole(changed)).not.toEqual(expected);
  });
});
