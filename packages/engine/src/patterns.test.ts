import type { LightSpec } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../test/factory.ts';

/**
 * DOMAIN.md scoring patterns written as rule packs only (no TypeScript changes). The reference cases
 * under rules/ cover capped ratios, rank points, N/A rescaling, caps, veto, group best, lights with
 * escalation, rewards and elimination across years; these cover the rest.
 */
describe('scoring patterns as packs', () => {
  const missedRule = { fact: 'missed', operator: 'equal', value: true } as const;
  const facts = [
    { id: 'missed', name: '未完成任务', formula: 'missTasks > 0' },
    { id: 'belowAmongMissed', name: '其后未完成单位数', formula: 'rankedBelowAmong(missed)' },
  ];
  const measures = [
    { id: 'missTasks', name: '未完成任务事项', source: 'events', aggregate: 'count', where: { all: [{ fact: 'code', operator: 'equal', value: 'MISS' }] } },
  ] as const;

  it('expresses both readings of 最后两名且未完成', () => {
    // Ranked U1..U5; U2 (2nd) and U5 (last) missed a task.
    const data = {
      ...unitsWithValues(['1.25', '1.2', '1.15', '1.1', '1.05']),
      events: ['U2', 'U5'].map((unitId) => ({ unitId, period: '2024-01', kind: null, code: 'MISS', count: '1', note: null })),
    };
    const r = run(
      pack({
        measures: [...measures],
        facts,
        lists: [
          {
            id: 'lastTwoThatMissed',
            name: '表态发言(后两名中未完成者)',
            rules: [{ reason: 'bottom2_missed', when: { all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: 2 }, missedRule] } }],
          },
          {
            id: 'lowestTwoMissed',
            name: '表态发言(未完成者中最后两名)',
            rules: [{ reason: 'lowest2_of_missed', when: { all: [missedRule, { fact: 'belowAmongMissed', operator: 'lessThan', value: 2 }] } }],
          },
        ],
      }),
      data,
    );
    const g = r.groups[0];
    expect(g?.units.map((u) => [u.unitId, u.rank])).toEqual([
      ['U1', 1],
      ['U2', 2],
      ['U3', 3],
      ['U4', 4],
      ['U5', 5],
    ]);
    expect(g?.lists).toEqual({ lastTwoThatMissed: ['U5'], lowestTwoMissed: ['U2', 'U5'] });
  });

  it('top 3 AND task met, without backfill', () => {
    const r = run(
      pack({
        facts: [{ id: 'missed', name: '未完成任务', formula: 'K1.done == false' }],
        lists: [
          {
            id: 'present',
            name: '介绍经验',
            rules: [
              {
                reason: 'top3_done',
                when: {
                  all: [
                    { fact: 'rank', operator: 'lessThanInclusive', value: 3 },
                    { fact: 'missed', operator: 'equal', value: false },
                  ],
                },
              },
            ],
          },
        ],
      }),
      unitsWithValues(['1.6', '0.9', '0.95', '1.2', '0.5']),
    );
    expect(r.groups[0]?.units.slice(0, 3).map((u) => u.unitId)).toEqual(['U1', 'U4', 'U3']);
    expect(r.groups[0]?.lists['present']).toEqual(['U1', 'U4']);
  });

  it('shares ranks after rounding (1, 2, 2, 4) and breaks ties by the next key', () => {
    // completion × 100 capped at 130: 100.004 and 99.996 both round to 100.00.
    const values = ['1.2', '1.00004', '0.99996', '0.5'];
    const shared = run(pack(), unitsWithValues(values));
    expect(shared.groups[0]?.units.map((u) => [u.unitId, u.rank, u.total])).toEqual([
      ['U1', 1, '120.00'],
      ['U2', 2, '100.00'],
      ['U3', 2, '100.00'],
      ['U4', 4, '50.00'],
    ]);
    const broken = run(
      pack({
        ranking: {
          keys: [
            { formula: 'total', order: 'desc', round: 2 },
            { formula: 'unitId', order: 'asc' },
          ],
        },
      }),
      unitsWithValues(values),
    );
    expect(broken.groups[0]?.units.map((u) => u.rank)).toEqual([1, 2, 3, 4]);
  });

  it('measures 序时进度 in days and treats 以下 as including the boundary', () => {
    const r = run(
      pack({
        calendar: { start: '2024-01-01', cadence: 'month', timeProgress: 'days' },
        facts: [{ id: 'slow', name: '进度在90%以下', formula: 'K1.completion <= 0.9' }],
        lists: [{ id: 'supervise', name: '督办', rules: [{ reason: 'slow', when: { all: [{ fact: 'slow', operator: 'equal', value: true }] } }] }],
      }),
      {
        units: [
          { id: 'U1', name: '甲', group: null },
          { id: 'U2', name: '乙', group: null },
        ],
        targets: [
          { unitId: 'U1', indicator: 'K1', value: '366', period: null },
          { unitId: 'U2', indicator: 'K1', value: '366', period: null },
        ],
        reports: [
          { unitId: 'U1', indicator: 'K1', period: '2024-03', value: '54.9' },
          { unitId: 'U2', indicator: 'K1', period: '2024-03', value: '55' },
        ],
      },
      '2024-03-01',
    );
    expect(r.period.timeProgress).toBe('1/6'); // 61/366
    // plan = 366 × 61/366 = 61; 54.9/61 = 0.9 exactly → 以下 includes it; 55/61 > 0.9.
    expect(r.groups[0]?.lists['supervise']).toEqual(['U1']);
  });

  it('gives points per item from a custom project field, with a capped deduction', () => {
    const r = run(
      pack({
        inputs: { projects: { fields: { registeredLate: { type: 'boolean', label: '未按时入库' } } } },
        measures: [
          {
            id: 'bigStarts',
            name: '10亿元以上项目开工',
            source: 'projects',
            aggregate: 'count',
            where: {
              all: [
                { fact: 'investment', operator: 'greaterThanInclusive', value: 100000 },
                { fact: 'startedOn', operator: 'inWindow', value: true },
              ],
            },
          },
          {
            id: 'late',
            name: '未按时入库项目',
            source: 'projects',
            aggregate: 'count',
            where: { all: [{ fact: 'registeredLate', operator: 'equal', value: true }] },
          },
        ],
        adjustments: [
          { id: 'plus', name: '加分', kind: 'bonus', items: [{ id: 'P1', name: '10亿元以上项目开工', points: 1, count: 'bigStarts' }] },
          { id: 'minus', name: '扣分', kind: 'deduction', cap: 5, items: [{ id: 'M1', name: '项目未按时入库', points: 3, count: 'late' }] },
        ],
      }),
      {
        ...unitsWithValues(['1']),
        projects: [
          { id: 'P1', unitId: 'U1', name: '甲', fields: { investment: '100000', startedOn: '2024-01-15', registeredLate: true } },
          { id: 'P2', unitId: 'U1', name: '乙', fields: { investment: '99999', startedOn: '2024-01-20', registeredLate: true } },
          { id: 'P3', unitId: 'U1', name: '丙', fields: { investment: '200000', startedOn: '2024-02-01', registeredLate: false } },
        ],
      },
    );
    const u = r.groups[0]?.units[0];
    expect(u?.adjustments).toEqual({
      plus: { raw: '1', value: '1.00', items: [{ id: 'P1', count: '1', points: '1' }] },
      minus: { raw: '6', value: '5.00', items: [{ id: 'M1', count: '2', points: '3' }] },
    });
    expect(u?.total).toBe('96.00');
    expect(r.trace?.['U1']?.find((l) => l.key === 'minus')?.text).toBe('扣分：项目未按时入库 2×3 = 6，封顶 5 → 5');
  });

  it('escalates yellow to red over consecutive months and counts red months', () => {
    const light: LightSpec = {
      bands: [
        { light: 'green', when: { all: [{ fact: 'completion', operator: 'greaterThanInclusive', value: 1 }] } },
        { light: 'yellow', when: { all: [{ fact: 'completion', operator: 'greaterThanInclusive', value: 0.8 }] } },
        { light: 'red' },
      ],
      escalate: [{ from: 'yellow', to: 'red', periods: 2 }],
    };
    const p = pack({
      indicators: [{ id: 'K1', name: '指标一', input: 'current', plan: 'target * timeProgress', light }],
      ranking: undefined,
      facts: [{ id: 'reds', name: '红灯月数', formula: "countPeriods(light == 'red')" }],
    });
    const data = {
      units: [{ id: 'U1', name: '甲', group: null }],
      targets: [{ unitId: 'U1', indicator: 'K1', value: '12', period: null }],
      reports: ['0.9', '1.8', '2.7'].map((v, k) => ({ unitId: 'U1', indicator: 'K1', period: `2024-0${k + 1}`, value: v })),
    };
    const lights = ['2024-01-31', '2024-02-29', '2024-03-31'].map((d) => run(p, data, d).groups[0]?.units[0]);
    expect(lights.map((u) => [u?.indicators['K1']?.lightBase, u?.indicators['K1']?.light, u?.facts['reds']])).toEqual([
      ['yellow', 'yellow', '0'],
      ['yellow', 'red', '1'],
      ['yellow', 'red', '2'],
    ]);
  });

  it('records a 容错纠错 exemption: a reasoned event counts a missed task as done, and the trace says so', () => {
    const r = run(
      pack({
        measures: [
          {
            id: 'tolerated',
            name: '容错纠错认定',
            source: 'events',
            aggregate: 'count',
            where: {
              all: [
                { fact: 'kind', operator: 'equal', value: 'tolerance' },
                { fact: 'code', operator: 'equal', value: 'K1' },
              ],
            },
          },
        ],
        indicators: [
          {
            id: 'K1',
            name: '指标一',
            input: 'sum',
            plan: 'target * timeProgress',
            score: 'weight * min(completion, 1.3)',
            done: 'actual >= plan || tolerated > 0',
          },
        ],
        lists: [
          {
            id: 'statement',
            name: '表态发言',
            rules: [{ reason: 'missed', when: { all: [{ fact: 'K1', path: '$.done', operator: 'equal', value: false }] } }],
          },
        ],
      }),
      {
        ...unitsWithValues(['0.5', '0.6']),
        events: [{ unitId: 'U2', period: '2024-01', kind: 'tolerance', code: 'K1', count: '1', note: '受台风影响停工，经集体研究认定' }],
      },
    );
    expect(r.groups[0]?.lists['statement']).toEqual(['U1']);
    expect(r.trace?.['U2']?.find((l) => l.key === 'K1.done')?.text).toBe(
      'K1 指标一：完成任务 = (实际完成 ≥ 序时目标) 或 (容错纠错认定 > 0) = (0.6 ≥ 1) 或 (1 > 0) = 是',
    );
  });
});
