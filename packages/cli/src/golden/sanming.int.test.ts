import type { RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { int, readExpected, runPack } from './golden-helpers.ts';

const AS_OF = ['2020-03-31', '2020-06-30', '2020-12-31'];

/** The engine's run in the shape of the reference's expected.json. */
function sanmingShape(r: RunResult) {
  const projects = r.projects;
  if (projects === undefined) throw new Error('no project outcomes');
  const list = (id: string) => (projects.lists.find((l) => l.id === id)?.entries ?? []).map((e) => ({ project_id: e.projectId, reasons: e.reasons }));
  return {
    as_of: r.asOf,
    projects: projects.items.map((p) => ({
      project_id: p.projectId,
      unit_id: p.unitId,
      status: p.status,
      reasons: p.reasons,
      light: p.light,
      invested: p.invested,
      invest_ratio: p.facts['investRatio'],
      overdue_days: int(p.facts['overdueDays']),
      prev_status: p.prevStatus,
      lagging_months: p.laggingPeriods,
      lists: p.lists,
    })),
    滞后项目清单: list('lagging'),
    督办项目: list('supervise'),
    groups: Object.fromEntries(
      r.groups.map((g) => [
        g.name,
        {
          ranking: g.units.map((u) => ({
            unit_id: u.unitId,
            rank: u.rank,
            s1_score: u.indicators['S1']?.score,
            deduction: u.deduction,
            total: u.total,
            lagging: int(u.measures['laggingCount']?.value),
            severe: int(u.measures['severeCount']?.value),
            late_reports: int(u.measures['lateReports']?.value),
          })),
          评先评优: g.lists['commend'],
          限期整改: g.lists['rectify'],
        },
      ]),
    ),
  };
}

describe('golden: sanming-2020 (R-SM2020), projects against their milestone plans', () => {
  const { runs } = runPack('sanming-2020', AS_OF);

  it('reproduces expected.json in full', () => {
    expect({ case: 'sanming-2020', rule_set: 'R-SM2020', runs: runs.map(sanmingShape) }).toEqual(readExpected('sanming-2020'));
  });

  it('puts a project that missed its planned start month on the 滞后项目清单 and deducts from its unit', () => {
    // 三明市第一医院生态新城分院: 计划3月份开工, started 15 April.
    const march = runs[0] as RunResult;
    const h1 = march.projects?.items.find((p) => p.projectId === 'H1');
    expect(h1?.reasons).toContain('start_late');
    expect(march.projects?.lists.find((l) => l.id === 'lagging')?.entries.map((e) => e.projectId)).toContain('H1');
    const trace = march.trace?.['B2']?.map((l) => l.text) ?? [];
    expect(trace).toContain('项目 H1 三明市第一医院生态新城分院建设项目 → 滞后（未按计划开工）：开工逾期 是 等于 是 ✓');
    expect(trace.find((t) => t.startsWith('扣分：'))).toContain('严重滞后项目 1×4');
  });

  it('can fail: one changed start date or one changed monthly figure no longer matches expected.json', () => {
    const expected = readExpected('sanming-2020');
    const startedOnTime = runPack('sanming-2020', AS_OF, (d) => ({
      ...d,
      projects: d.projects.map((p) => (p.id === 'H1' ? { ...p, fields: { ...p.fields, startedOn: '2020-03-10' } } : p)),
    })).runs;
    expect({ case: 'sanming-2020', rule_set: 'R-SM2020', runs: startedOnTime.map(sanmingShape) }).not.toEqual(expected);
    const moreInvested = runPack('sanming-2020', AS_OF, (d) => ({
      ...d,
      reports: d.reports.map((r) => (r.indicator === 'C1' && r.period === '2020-01' ? { ...r, value: '1000' } : r)),
    })).runs;
    expect(sanmingShape(moreInvested[0] as RunResult).projects[0]).toMatchObject({ project_id: 'C1', status: 'normal' });
    expect({ case: 'sanming-2020', rule_set: 'R-SM2020', runs: moreInvested.map(sanmingShape) }).not.toEqual(expected);
  });
});
