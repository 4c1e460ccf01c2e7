import type { IndicatorResult, RulePack, RunResult, UnitResult } from '@kaoping/contracts';

/** A small valid pack: two groups, two indicators, a 表态发言 list. */
export function makePack(over: Partial<RulePack> = {}): RulePack {
  return {
    schemaVersion: 1,
    id: 'test-pack',
    name: '测试方案',
    calendar: { start: '2021-01-01', cadence: 'quarter', timeProgress: 'months', window: 'yearToDate' },
    rounding: { decimals: 2, mode: 'halfUp' },
    groups: [
      { id: 'towns', name: '街镇组' },
      { id: 'parks', name: '园区组' },
    ],
    indicators: [
      { id: 'K1', name: '新落地项目数' },
      { id: 'K2', name: '新开工项目数' },
    ],
    weights: { towns: { K1: 40, K2: 60 }, parks: { K1: 50, K2: 50 } },
    ranking: { keys: [{ formula: 'total', order: 'desc', round: 2 }] },
    lists: [{ id: 'statement', name: '表态发言', rules: [{ reason: 'last', when: { fact: 'unitsRankedBelow', operator: 'equal', value: 0 } }] }],
    ...over,
  };
}

export function makeUnit(unitId: string, rank: number | null, total: string, over: Partial<UnitResult> = {}): UnitResult {
  return {
    unitId,
    name: `单位${unitId}`,
    rank,
    unitsRankedBelow: null,
    total,
    base: total,
    bonus: '0',
    deduction: '0',
    vetoed: rank === null,
    light: null,
    indicators: {},
    adjustments: {},
    facts: {},
    measures: {},
    exact: {},
    ...over,
  };
}

/** One indicator of a unit: met in full (completion 1, 40 points of weight 40), no light. */
export function makeIndicator(over: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    actual: '1',
    target: '1',
    weight: '40',
    applicable: true,
    plan: '1',
    completion: '1',
    score: '40.00',
    done: true,
    light: null,
    lightBase: null,
    lightReason: null,
    facts: {},
    exact: {},
    ...over,
  };
}

export function makeResult(units: UnitResult[], lists: Record<string, string[]> = {}): RunResult {
  return {
    format: 'kaoping.run/1',
    pack: { id: 'test-pack', name: '测试方案', version: null },
    asOf: '2021-06-30',
    period: { id: '2021-Q2', label: '2021年第二季度', start: '2021-01-01', end: '2021-06-30', asOf: '2021-06-30', timeProgress: '0.5' },
    indicators: [],
    lists: [{ id: 'statement', name: '表态发言', amountUnit: null, reasons: {} }],
    groups: [{ id: 'towns', name: '街镇组', indicators: [], units, lists, listEntries: {} }],
  };
}
