import type { RulePackInput } from '@kaoping/contracts';

/** The pack a scheme starts from when no template is given: one group, one indicator, ranked by total. */
export function starterPack(id: string, name: string, year = new Date().getFullYear()): RulePackInput {
  return {
    schemaVersion: 1,
    id,
    name,
    calendar: { start: `${year}-01-01`, cadence: 'month' },
    groups: [{ id: 'all', name: '全部单位' }],
    indicators: [{ id: 'K1', name: '指标一' }],
    weights: { all: { K1: 100 } },
    ranking: { keys: [{ formula: 'total', order: 'desc' }] },
  };
}
