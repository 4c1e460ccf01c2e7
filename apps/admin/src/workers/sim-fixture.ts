import { Dataset, type RulePack } from '@kaoping/contracts';
import { parsePack } from '@kaoping/engine';

/** Test data for the simulation worker: one group, K1 scored on completion, K2 on rank, three units. */
export function simPack(weights: { K1: number; K2: number } = { K1: 80, K2: 20 }): RulePack {
  return parsePack({
    schemaVersion: 1,
    id: 'sim-test',
    name: '模拟测试方案',
    calendar: { start: '2024-01-01', cadence: 'month' },
    groups: [{ id: 'towns', name: '街镇组' }],
    indicators: [
      { id: 'K1', name: '投资完成', input: 'sum', plan: 'target', score: 'weight * min(completion, 1)' },
      { id: 'K2', name: '项目个数', input: 'sum', plan: 'target', score: 'weight * min(completion, 1)' },
    ],
    weights: { towns: weights },
    ranking: { keys: [{ formula: 'total', order: 'desc', round: 2 }] },
  });
}

/** U1 leads on K1, U3 on K2: moving the weight from K1 (80 : 20) to K2 (20 : 80) reverses the order. */
export function simDataset(): Dataset {
  const units = ['U1', 'U2', 'U3'];
  const k1 = ['12', '8', '4'];
  const k2 = ['1', '2', '3'];
  return Dataset.parse({
    units: units.map((id, k) => ({ id, name: `单位${k + 1}`, group: '街镇组' })),
    targets: units.flatMap((unitId) => [
      { unitId, indicator: 'K1', value: '12', period: null },
      { unitId, indicator: 'K2', value: '3', period: null },
    ]),
    reports: units.flatMap((unitId, k) => [
      { unitId, indicator: 'K1', period: '2024-01', value: k1[k] ?? null },
      { unitId, indicator: 'K2', period: '2024-01', value: k2[k] ?? null },
    ]),
  });
}
