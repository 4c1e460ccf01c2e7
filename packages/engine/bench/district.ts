import type { Dataset, RulePackInput } from '@kaoping/contracts';
import { rng } from '../test/rng.ts';

export const GROUPS = ['g1', 'g2', 'g3', 'g4'];
export const INDICATORS = Array.from({ length: 30 }, (_, k) => `I${String(k + 1).padStart(2, '0')}`);
/** 10 indicators of weight 4 and 20 of weight 3: 100 in all. */
export const WEIGHT = (k: number): number => (k < 10 ? 4 : 3);
/** Tiers: completion ≥ 1.2 → 100 %, ≥ 1 → 80 %, ≥ 0.8 → 60 %, else 0. */
export const TIERS = [
  [1.2, 1],
  [1, 0.8],
  [0.8, 0.6],
] as const;
export const BONUS_POINTS = 0.5;
export const BONUS_CAP = 2;

/** A synthetic district: `n` units in 4 groups, 30 indicators, targets (some 0 = N/A), one December report each, bonus and veto events. */
export function district(n: number, seed = 7): Dataset {
  const r = rng(seed);
  const units = Array.from({ length: n }, (_, k) => ({
    id: `U${String(k + 1).padStart(4, '0')}`,
    name: `单位${k + 1}`,
    group: GROUPS[k % GROUPS.length] ?? null,
  }));
  const targets: Dataset['targets'] = [];
  const reports: Dataset['reports'] = [];
  const events: Dataset['events'] = [];
  for (const u of units) {
    for (const ind of INDICATORS) {
      const t = r() < 0.05 ? 0 : 100 + Math.floor(r() * 900);
      targets.push({ unitId: u.id, indicator: ind, value: String(t), period: null });
      reports.push({ unitId: u.id, indicator: ind, period: '2024-12', value: String(Math.floor(t * (0.5 + r() * 0.9))) });
    }
    const bonus = Math.floor(r() * 6);
    if (bonus > 0) events.push({ unitId: u.id, period: '2024-06', kind: 'bonus', code: 'B', count: String(bonus), note: null });
    if (r() < 0.01) events.push({ unitId: u.id, period: '2024-09', kind: 'veto', code: 'V', count: '1', note: null });
  }
  return { units, targets, reports, events, projects: [] };
}

/** The same rules as a Kaoping pack. */
export function districtPack(): RulePackInput {
  const tier = TIERS.reduceRight((acc, [at, f]) => `if(completion >= ${at}, ${f}, ${acc})`, '0');
  return {
    schemaVersion: 1,
    id: 'bench-district',
    name: '基准测试区',
    calendar: { start: '2024-01-01', cadence: 'year', window: 'period' },
    groups: GROUPS.map((id) => ({ id, name: id })),
    methods: { tiered: { name: '分档计分', plan: 'target * timeProgress', score: `weight * ${tier}` } },
    indicators: INDICATORS.map((id) => ({ id, name: id, input: 'sum', method: 'tiered' })),
    weights: Object.fromEntries(GROUPS.map((g) => [g, Object.fromEntries(INDICATORS.map((id, k) => [id, WEIGHT(k)]))])),
    measures: [{ id: 'vetoes', name: '否决事项', source: 'events', aggregate: 'count', where: { all: [{ fact: 'kind', operator: 'equal', value: 'veto' }] } }],
    adjustments: [{ id: 'bonus', name: '加分', kind: 'bonus', cap: BONUS_CAP, items: [{ id: 'B', name: '加分事项', points: BONUS_POINTS }] }],
    veto: { name: '一票否决', when: { all: [{ fact: 'vetoes', operator: 'greaterThan', value: 0 }] } },
    facts: [{ id: 'missedCount', name: '未完成指标数', formula: 'indicatorCount(applicable && !done)' }],
    ranking: { keys: [{ formula: 'total', order: 'desc', round: 2 }] },
    lists: [
      { id: 'present', name: '介绍经验', rules: [{ reason: 'top3', when: { all: [{ fact: 'rank', operator: 'lessThanInclusive', value: 3 }] } }] },
      {
        id: 'statement',
        name: '表态发言',
        rules: [
          {
            reason: 'bottom2_missed',
            when: {
              all: [
                { fact: 'unitsRankedBelow', operator: 'lessThan', value: 2 },
                { fact: 'missedCount', operator: 'greaterThan', value: 0 },
              ],
            },
          },
        ],
      },
    ],
  };
}
