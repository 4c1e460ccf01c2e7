import type { RulePackInput } from '@kaoping/contracts';

/**
 * A small pack for API tests: K1 from monthly reports (completion, capped), K2 counts projects whose
 * investment reaches `threshold` 万元. Ranked by total; the top unit presents, the last makes a statement.
 */
export function testPack(threshold = 5000): RulePackInput {
  return {
    schemaVersion: 1,
    id: 'demo',
    name: '测试方案',
    calendar: { start: '2021-01-01', cadence: 'month', timeProgress: 'months', window: 'yearToDate' },
    groups: [{ id: 'towns', name: '街镇组' }],
    projectFlags: [{ id: 'big', name: '达标项目', when: { fact: 'investment', operator: 'greaterThanInclusive', value: threshold } }],
    measures: [{ id: 'bigProjects', name: '达标项目数', source: 'projects', where: { fact: 'big', operator: 'equal', value: true }, aggregate: 'count' }],
    indicators: [
      { id: 'K1', name: '固定资产投资', input: 'sum', plan: 'target', score: 'weight * min(completion, 1.2)' },
      { id: 'K2', name: '达标项目', actual: 'bigProjects', plan: 'target', score: 'weight * min(completion, 1.2)' },
    ],
    weights: { towns: { K1: 50, K2: 50 } },
    ranking: { keys: [{ formula: 'total', order: 'desc', round: 2 }] },
    lists: [
      { id: 'present', name: '介绍经验', rules: [{ reason: 'top1', when: { fact: 'rank', operator: 'equal', value: 1 } }] },
      { id: 'statement', name: '表态发言', rules: [{ reason: 'last', when: { fact: 'unitsRankedBelow', operator: 'equal', value: 0 } }] },
    ],
  };
}

export const TEST_PACK = testPack();
