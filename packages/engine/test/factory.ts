import type { DatasetInput, RulePackInput } from '@kaoping/contracts';
import { Dataset } from '@kaoping/contracts';
import { compilePack, evaluate } from '../src/index.ts';

/** A one-group pack with one indicator K1 scored `weight * min(completion, 1.3)`; override anything. */
export function pack(over: Partial<RulePackInput> = {}): RulePackInput {
  return {
    schemaVersion: 1,
    id: 'test-pack',
    name: '测试方案',
    calendar: { start: '2024-01-01', cadence: 'month' },
    groups: [{ id: 'towns', name: '街镇组' }],
    indicators: [{ id: 'K1', name: '指标一', input: 'sum', plan: 'target * timeProgress', score: 'weight * min(completion, 1.3)' }],
    weights: { towns: { K1: 100 } },
    ranking: { keys: [{ formula: 'total', order: 'desc', round: 2 }] },
    ...over,
  };
}

/** Units U1…Un in one group, each with target 12 for K1 and the given year-to-date value in January. */
export function unitsWithValues(values: readonly (string | null)[]): DatasetInput {
  return {
    units: values.map((_, k) => ({ id: `U${k + 1}`, name: `单位${k + 1}`, group: '街镇组' })),
    targets: values.map((_, k) => ({ unitId: `U${k + 1}`, indicator: 'K1', value: '12', period: null })),
    reports: values.map((v, k) => ({ unitId: `U${k + 1}`, indicator: 'K1', period: '2024-01', value: v })),
  };
}

export function run(p: RulePackInput, data: DatasetInput, asOf = '2024-01-31') {
  return evaluate(compilePack(p), Dataset.parse(data), { asOf, trace: true });
}
