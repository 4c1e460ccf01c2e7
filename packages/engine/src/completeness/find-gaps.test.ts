import { RulePack, type Dataset, type RulePackInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { findGaps } from './find-gaps.ts';

const pack: RulePackInput = {
  schemaVersion: 1,
  id: 'demo',
  name: '示例',
  calendar: { start: '2021-01-01', cadence: 'quarter' },
  groups: [
    { id: 'towns', name: '街镇组' },
    { id: 'parks', name: '园区组' },
  ],
  indicators: [
    { id: 'K1', name: '投资', input: 'sum', score: 'weight * completion' },
    { id: 'K2', name: '项目数', actual: '1', applicable: 'true', plan: 'null', completion: 'null', done: 'null', score: 'weight' },
  ],
  weights: { towns: { K1: 50, K2: 50 }, parks: { K2: 100 } },
};
const data: Dataset = {
  units: [
    { id: 'J01', name: '甲街道', group: '街镇组' },
    { id: 'Y01', name: '乙园区', group: null },
  ],
  targets: [],
  reports: [
    { unitId: 'J01', indicator: 'K1', period: '2021-04', value: '1' },
    { unitId: 'J01', indicator: 'K1', period: '2021-05', value: null },
  ],
  events: [],
  projects: [],
};

describe('findGaps', () => {
  it('lists missing targets, missing or empty monthly reports of the window, and units without a group', () => {
    const gaps = findGaps(RulePack.parse(pack), data, '2021-05-31');
    // Y01 has no group, so it counts in 街镇组 and needs K1 as well: those gaps follow its group gap.
    expect(gaps.slice(0, 6).map((g) => [g.kind, g.unitId, g.indicator, g.period])).toEqual([
      ['target', 'J01', 'K1', '2021'],
      ['report', 'J01', 'K1', '2021-01'],
      ['report', 'J01', 'K1', '2021-02'],
      ['report', 'J01', 'K1', '2021-03'],
      ['report', 'J01', 'K1', '2021-05'],
      ['group', 'Y01', null, null],
    ]);
    expect(gaps.filter((g) => g.unitId === 'Y01' && g.kind === 'report')).toHaveLength(5);
    expect(gaps[0]?.message).toBe('甲街道 缺少指标 K1 投资 的2021年目标');
  });

  it('finds nothing once the data is complete', () => {
    const months = ['01', '02', '03', '04', '05'].map((m) => ({ unitId: 'J01', indicator: 'K1', period: `2021-${m}`, value: '1' }));
    const full: Dataset = { ...data, units: [data.units[0]!], targets: [{ unitId: 'J01', indicator: 'K1', value: '10', period: null }], reports: months };
    expect(findGaps(RulePack.parse(pack), full, '2021-05-31')).toEqual([]);
  });
});
