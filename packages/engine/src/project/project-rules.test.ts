import type { DatasetInput, RulePackInput } from '@kaoping/contracts';
import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run } from '../../test/factory.ts';
import { compilePack } from '../index.ts';

const projectRules: RulePackInput['projectRules'] = {
  facts: [
    { id: 'startOverdue', name: '逾期未开工', formula: 'plannedStart != null && plannedStart < asOf && (startedOn == null || startedOn > asOf)' },
    { id: 'daysOverdue', name: '逾期天数', formula: 'if(startOverdue, daysBetween(plannedStart, asOf), 0)' },
    { id: 'planToDate', name: '序时计划投资', formula: 'annualPlan * timeProgress' },
    { id: 'investRatio', name: '投资完成率', formula: 'invested / planToDate', round: 4 },
  ],
  status: [
    { status: 'lagging', reason: 'start_late', label: '未按计划开工', when: { all: [{ fact: 'startOverdue', operator: 'equal', value: true }] } },
    { status: 'severe', reason: 'start_late_60', label: '逾期60天以上未开工', when: { all: [{ fact: 'daysOverdue', operator: 'greaterThan', value: 60 }] } },
    { status: 'lagging', reason: 'invest_behind', label: '投资低于序时进度80%', when: { all: [{ fact: 'investRatio', operator: 'lessThan', value: 0.8 }] } },
  ],
  light: { bands: [{ light: 'red', reason: '严重滞后', when: { all: [{ fact: 'status', operator: 'equal', value: 'severe' }] } }, { light: 'green' }] },
  lists: [
    {
      id: 'lagging',
      name: '滞后项目清单',
      rules: [
        { reason: 'not_normal', label: '滞后或严重滞后', when: { all: [{ fact: 'status', operator: 'notEqual', value: 'normal' }] }, detail: 'statusReasons' },
      ],
    },
    { id: 'supervise', name: '督办项目', rules: [{ reason: 'red', label: '亮红灯', when: { all: [{ fact: 'light', operator: 'equal', value: 'red' }] } }] },
  ],
};

const measures: RulePackInput['measures'] = [
  {
    id: 'laggingProjects',
    name: '滞后项目数',
    source: 'projects',
    aggregate: 'count',
    where: { all: [{ fact: 'status', operator: 'in', value: ['lagging', 'severe'] }] },
  },
  { id: 'investedSum', name: '项目完成投资', source: 'projects', aggregate: 'sum', field: 'invested' },
];

const p = pack({
  calendar: { start: '2024-01-01', cadence: 'month' },
  indicators: [{ id: 'K1', name: '项目投资', actual: 'investedSum', applicable: 'true', plan: '1200 * timeProgress', score: 'weight * min(completion, 1)' }],
  measures,
  projectRules,
  adjustments: [{ id: 'deduction', name: '扣分', kind: 'deduction', items: [{ id: 'LAG', name: '滞后项目', points: 2, count: 'laggingProjects' }] }],
});

const project = (id: string, unitId: string, fields: Record<string, string | null>) => ({ id, unitId, name: `项目${id}`, fields });
const data: DatasetInput = {
  units: [
    { id: 'U1', name: '甲区', group: '街镇组' },
    { id: 'U2', name: '乙区', group: '街镇组' },
  ],
  projects: [
    project('P1', 'U1', { plannedStart: '2024-03-31', startedOn: null, annualPlan: '1200' }),
    project('P2', 'U1', { plannedStart: '2024-06-30', startedOn: null, annualPlan: '1200' }),
    project('P3', 'U2', { plannedStart: '2024-02-29', startedOn: '2024-02-10', annualPlan: '600' }),
  ],
  reports: [
    { unitId: 'U1', indicator: 'P1', period: '2024-03', value: '100' },
    { unitId: 'U1', indicator: 'P2', period: '2024-05', value: '500' },
    { unitId: 'U2', indicator: 'P3', period: '2024-04', value: '250' },
  ],
};

describe('project rules', () => {
  const r = run(p, data, '2024-06-30');

  it('gives each project a status with its reasons, a light, facts and its lists', () => {
    expect(r.projects?.items.map((x) => [x.projectId, x.status, x.reasons, x.light, x.invested, x.lists])).toEqual([
      ['P1', 'severe', ['start_late', 'start_late_60', 'invest_behind'], 'red', '100', ['lagging', 'supervise']],
      ['P2', 'normal', [], 'green', '500', []],
      ['P3', 'normal', [], 'green', '250', []],
    ]);
    expect(r.projects?.items[0]?.facts).toEqual({ startOverdue: true, daysOverdue: '91', planToDate: '600', investRatio: '0.1667' });
    expect(r.projects?.reasons['start_late']).toBe('未按计划开工');
  });

  it('lists projects with reasons and detail', () => {
    expect(r.projects?.lists.map((l) => [l.id, l.name, l.entries])).toEqual([
      ['lagging', '滞后项目清单', [{ projectId: 'P1', unitId: 'U1', reasons: ['not_normal'], detail: ['start_late', 'start_late_60', 'invest_behind'] }]],
      ['supervise', '督办项目', [{ projectId: 'P1', unitId: 'U1', reasons: ['red'] }].map((e) => ({ ...e, detail: null }))],
    ]);
  });

  it('lets unit formulas count and sum project outcomes', () => {
    const u1 = r.groups[0]?.units.find((u) => u.unitId === 'U1');
    expect(u1?.measures['laggingProjects']).toEqual({ value: '1', items: ['P1'] });
    expect(u1?.indicators['K1']?.actual).toBe('600');
    expect(u1?.deduction).toBe('2.00');
    expect(u1?.total).toBe('98.00');
  });

  it('follows the as-of date: on the planned start day the start is not yet late', () => {
    const march = run(p, data, '2024-03-31');
    expect(march.projects?.items.map((x) => [x.status, x.reasons, x.invested])).toEqual([
      ['lagging', ['invest_behind'], '100'],
      ['lagging', ['invest_behind'], '0'],
      ['lagging', ['invest_behind'], '0'],
    ]);
  });

  it('explains project outcomes in Chinese', () => {
    const lines = r.trace?.['U1']?.filter((l) => l.key.startsWith('project.P1')).map((l) => l.text) ?? [];
    expect(lines).toContain('项目 P1 项目P1：严重滞后，累计完成投资 100 万元');
    expect(lines).toContain('项目 P1 项目P1：逾期天数 = 如果(逾期未开工, 相差天数(计划开工, 截止日), 0) = if(是, daysBetween(2024-03-31, 2024-06-30), 0) = 91');
    expect(lines).toContain('项目 P1 项目P1 → 滞后（未按计划开工）：逾期未开工 是 等于 是 ✓');
    expect(lines).toContain('项目 P1 项目P1 → 督办项目（亮红灯）：灯色 红灯 等于 红灯 ✓');
  });

  it('follows a project over the periods: its previous status and how many periods in a row it has lagged', () => {
    expect(r.projects?.items.map((x) => [x.projectId, x.prevStatus, x.laggingPeriods])).toEqual([
      ['P1', 'severe', 6],
      ['P2', 'normal', 0],
      ['P3', 'normal', 0],
    ]);
    expect(run(p, data, '2024-01-31').projects?.items.map((x) => [x.prevStatus, x.laggingPeriods])).toEqual([
      [null, 1],
      [null, 1],
      [null, 1],
    ]);
    const longLagging = {
      id: 'longLagging',
      name: '连续3个月滞后',
      rules: [{ reason: 'three', when: { all: [{ fact: 'laggingPeriods', operator: 'greaterThanInclusive', value: 3 }] } }],
    };
    const june = run(pack({ ...p, projectRules: { ...projectRules, lists: [longLagging] } }), data, '2024-06-30');
    expect(june.projects?.lists[0]?.entries.map((e) => e.projectId)).toEqual(['P1']);
  });

  it('keeps the layers apart: a project fact cannot read the status', () => {
    const bad = pack({ ...p, projectRules: { ...projectRules, facts: [{ id: 'was', name: '上期状态', formula: 'prevStatus' }] } });
    expect(() => compilePack(bad)).toThrow(KaopingError);
  });

  it('refuses a project whose id is an indicator id, since its investment is read by project id', () => {
    const clash = { ...data, projects: [project('K1', 'U1', {})] };
    expect(() => run(p, clash)).toThrow(KaopingError);
  });

  it('leaves the result without projects when the pack has no project rules', () => {
    expect(run(pack(), { units: [{ id: 'U1', name: '甲', group: '街镇组' }] }).projects).toBeUndefined();
  });

  it('reports bad project rules with their JSON pointers', () => {
    const bad = pack({
      projectRules: {
        facts: [
          { id: 'status', name: '重名', formula: '1' },
          { id: 'x', name: '坏', formula: 'nosuch + 1' },
        ],
        status: [{ status: 'lagging', reason: 'r', when: { all: [{ fact: 'light', operator: 'equal', value: 'red' }] } }],
      },
    });
    try {
      compilePack(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KaopingError);
      expect((e as KaopingError).problems.map((x) => x.pointer)).toEqual([
        '/projectRules/facts/0/id',
        '/projectRules/facts/1/formula',
        '/projectRules/status/0/when/all/0/fact',
      ]);
    }
  });
});
