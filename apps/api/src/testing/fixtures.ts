import type { Dataset, RunResult, UnitResult } from '@kaoping/contracts';

/** Three towns and a park; J01 is the test reporter's unit. */
export const DATASET: Dataset = {
  units: [
    { id: 'J01', name: '榕东街道', group: '街镇组' },
    { id: 'J02', name: '榕西街道', group: '街镇组' },
    { id: 'J03', name: '凤池街道', group: '街镇组' },
  ],
  targets: [
    { unitId: 'J01', indicator: 'K1', value: '100', period: null },
    { unitId: 'J02', indicator: 'K1', value: '100', period: null },
    { unitId: 'J03', indicator: 'K1', value: '100', period: null },
    { unitId: 'J01', indicator: 'K2', value: '2', period: null },
    { unitId: 'J02', indicator: 'K2', value: '2', period: null },
    { unitId: 'J03', indicator: 'K2', value: '2', period: null },
  ],
  reports: [
    { unitId: 'J01', indicator: 'K1', period: '2021-01', value: '60' },
    { unitId: 'J02', indicator: 'K1', period: '2021-01', value: '50' },
    { unitId: 'J03', indicator: 'K1', period: '2021-01', value: '40' },
  ],
  events: [],
  projects: [
    { id: 'P1', unitId: 'J01', name: '甲', fields: { investment: '6000' } },
    { id: 'P4', unitId: 'J02', name: '丁', fields: { investment: '8000' } },
    { id: 'P2', unitId: 'J03', name: '乙', fields: { investment: '12000' } },
    { id: 'P3', unitId: 'J03', name: '丙', fields: { investment: '9000' } },
  ],
};

function unit(unitId: string, name: string, rank: number | null, total: string, light: 'green' | 'red' | null = null): UnitResult {
  return {
    unitId,
    name,
    rank,
    unitsRankedBelow: null,
    total,
    base: total,
    bonus: '0',
    deduction: '0',
    vetoed: rank === null,
    light,
    indicators: {
      K1: {
        actual: '1',
        target: '1',
        weight: '100',
        applicable: true,
        plan: '1',
        completion: '1',
        score: total,
        done: true,
        light,
        lightBase: light,
        lightReason: null,
        facts: {},
        exact: {},
      },
    },
    adjustments: {},
    facts: {},
    measures: {},
    exact: {},
  };
}

/** A hand-made run result (independent of the engine) for tests of diffs, exports and reporter filtering. */
export function sampleResult(order: [string, string, string] = ['J01', 'J02', 'J03'], present: string[] = ['J01']): RunResult {
  const names: Record<string, string> = { J01: '榕东街道', J02: '榕西街道', J03: '凤池街道' };
  const totals = ['90.00', '80.00', '70.00'];
  return {
    format: 'kaoping.run/1',
    pack: { id: 'demo', name: '测试方案', version: null },
    asOf: '2021-03-31',
    period: { id: '2021-03', label: '2021年3月', start: '2021-01-01', end: '2021-03-31', asOf: '2021-03-31', timeProgress: '0.25' },
    indicators: [{ id: 'K1', name: '固定资产投资', unit: '万元' }],
    lists: [{ id: 'present', name: '介绍经验', amountUnit: null, reasons: { rank_top1: '排名第一' } }],
    groups: [
      {
        id: 'towns',
        name: '街镇组',
        indicators: [{ id: 'K1', name: '固定资产投资', weight: '100' }],
        units: order.map((id, i) => unit(id, names[id] ?? id, i + 1, totals[i] ?? '0', i === 2 ? 'red' : 'green')),
        lists: { present },
        listEntries: { present: present.map((unitId) => ({ unitId, reasons: ['rank_top1'], amount: null, detail: null })) },
      },
    ],
    trace: Object.fromEntries(order.map((id) => [id, [{ key: 'total', text: `${id} 总分` }]])),
  };
}
