import type { DatasetInput, RulePackInput } from '@kaoping/contracts';

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const SCORES = [
  'weight * min(completion, cap)',
  'weight * if(completion >= 1.2, 1, if(completion >= 1, 0.8, if(completion >= 0.8, 0.6, 0)))',
  'round(weight * completion, 2)',
  'weight * clamp(completion, 0, 1.2)',
  'floor(completion * 10) / 10 * weight',
  'actual >= target ? weight : weight / 2',
  'weight * (completion > 1 ? 1 : completion)',
  'weight * max(completion - 0.5, 0) * 2',
  'coalesce(weight * completion / 1.25, 0)',
  'ceil(actual) / plan * weight',
];
const PLANS = ['target * timeProgress', 'target', 'target / 3', 'target * 0.75'];
/** Values that meet thresholds exactly, land totals on .xx5 and make ties. */
const TARGETS = ['0', '8', '10', '12', '100', '3', '7.5', '12.8'];
const VALUES = [null, '0', '6', '9.6', '12', '14.4', '5.4875', '10', '8', '12.5', '1.1', '0.33', '7', '100', '80', '120'];

/** Scores that read the pack's parameters (方案参数 capP and strict). */
const PARAM_SCORES = ['weight * min(completion, capP)', 'strict ? weight * floor(completion) : weight * min(completion, capP)'];
/** Facts over the whole group: leaders, shares and places (group functions). */
const GROUP_FACTS = [
  'total / groupMax(total)',
  'total - groupAvg(total, !vetoed)',
  "groupRank(base, 'desc', !vetoed)",
  "groupRank(total, 'asc')",
  'groupSum(base) / groupCount()',
  'groupMin(total) + groupCount(total > 60)',
  'K1.actual - groupMax(K1.actual, K1.applicable)',
];
/** Project facts and conditions: planned deadlines, signing in the window, investment. */
const PROJECT_RULES = {
  facts: [
    { id: 'late', name: '逾期未签约', formula: 'plannedSign != null && plannedSign <= asOf && (signedOn == null || signedOn > asOf)' },
    { id: 'share', name: '完成比例', formula: 'if(investment > 0, invested / investment, 0)', round: 2 },
  ],
  status: [
    { status: 'lagging' as const, reason: 'late', label: '未按计划签约', when: { all: [{ fact: 'late', operator: 'equal', value: true }] } },
    {
      status: 'severe' as const,
      reason: 'idle',
      label: '未见投资',
      when: {
        all: [
          { fact: 'late', operator: 'equal', value: true },
          { fact: 'invested', operator: 'equal', value: 0 },
        ],
      },
    },
  ],
  lists: [
    {
      id: 'lagging',
      name: '滞后项目清单',
      rules: [{ reason: 'lagging', label: '滞后', when: { all: [{ fact: 'status', operator: 'notEqual', value: 'normal' }] }, detail: 'share' }],
    },
  ],
};

/** Measures over projects; `withRules` adds those that count project outcomes. */
function projectMeasures(r: R, withRules: boolean) {
  return [
    {
      id: 'signed',
      name: '签约项目',
      source: 'projects' as const,
      aggregate: 'count' as const,
      where: { all: [{ fact: 'signedOn', operator: 'inWindow', value: true }] },
    },
    {
      id: 'invest',
      name: '项目投资',
      source: 'projects' as const,
      aggregate: 'sum' as const,
      field: 'investment',
      ...(r() < 0.5 ? { where: { all: [{ fact: 'realEstate', operator: 'notEqual', value: true }] } } : {}),
    },
    {
      id: 'bigCount',
      name: '大项目',
      source: 'projects' as const,
      aggregate: 'count' as const,
      where: {
        all: [
          { fact: 'big', operator: 'equal', value: true },
          { fact: 'industry', operator: pick(r, ['in', 'notIn'] as const), value: ['二产', '技改'] },
        ],
      },
    },
    ...(withRules
      ? [
          {
            id: 'laggingProjects',
            name: '滞后项目',
            source: 'projects' as const,
            aggregate: 'count' as const,
            where: { all: [{ fact: 'status', operator: 'in', value: ['lagging', 'severe'] }] },
          },
        ]
      : []),
  ];
}

/**
 * A small random pack: 1–2 groups, 1–4 indicators, tiered or capped scores, adjustments, veto (ranked
 * last or not), facts over indicators and over the group, lists with amounts and notes, and at random
 * parameters, projects and project rules.
 */
export function randomPack(r: R, k: number): RulePackInput {
  const groups = Array.from({ length: 1 + Math.floor(r() * 2) }, (_, g) => ({ id: `g${g}`, name: `组${g}` }));
  const withParams = r() < 0.4;
  const withProjects = r() < 0.5;
  const withRules = withProjects && r() < 0.6;
  const indicators = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => ({
    id: `K${i + 1}`,
    name: `指标${i + 1}`,
    input: pick(r, ['sum', 'sum', 'latest', 'current'] as const),
    plan: pick(r, PLANS),
    score: withParams && r() < 0.5 ? pick(r, PARAM_SCORES) : pick(r, SCORES),
    params: { cap: pick(r, [1, 1.2, 1.3]) },
  }));
  const projectScore = withRules ? 'signed * 2 - laggingProjects + bigCount' : 'signed * 2 + invest / 1000 - bigCount';
  const weights = Object.fromEntries(
    groups.map((g) => [g.id, Object.fromEntries(indicators.filter(() => r() < 0.85).map((ind) => [ind.id, pick(r, [10, 25, 30, 33.3, 40])]))]),
  );
  const round = pick(r, [2, 2, 1, 0, null]);
  return {
    schemaVersion: 1,
    id: `random-${k}`,
    name: `随机方案${k}`,
    calendar: {
      start: '2024-01-01',
      cadence: pick(r, ['month', 'quarter', 'year'] as const),
      window: pick(r, ['yearToDate', 'period'] as const),
      timeProgress: pick(r, ['months', 'days'] as const),
    },
    groups,
    indicators,
    weights,
    ...(withParams
      ? {
          parameters: [
            { id: 'capP', name: '封顶系数', type: 'number' as const, default: pick(r, [1, 1.25, '1.1']) },
            { id: 'strict', name: '从严', type: 'boolean' as const, default: r() < 0.5 },
            { id: 'lowLine', name: '低分线', type: 'number' as const, default: pick(r, [50, 54.875, 60]) },
          ],
        }
      : {}),
    measures: [
      { id: 'vetoes', name: '否决事项', source: 'events', aggregate: 'count', where: { all: [{ fact: 'kind', operator: 'equal', value: 'veto' }] } },
      ...(withProjects ? projectMeasures(r, withRules) : []),
    ],
    ...(withRules ? { projectRules: PROJECT_RULES } : {}),
    ...(withProjects
      ? {
          projectFlags: [
            {
              id: 'big',
              name: '大项目',
              when: {
                all: [
                  { fact: 'investment', operator: 'greaterThanInclusive', value: pick(r, [100, 2.5, 1200]) },
                  { fact: 'realEstate', operator: 'notEqual', value: true },
                ],
              },
            },
          ],
        }
      : {}),
    adjustments: [
      { id: 'bonus', name: '加分', kind: 'bonus', cap: pick(r, [1, 2, 2.5]), items: [{ id: 'B', name: '加分事项', points: pick(r, [0.5, 0.25, 1, 0.125]) }] },
      ...(r() < 0.5
        ? [{ id: 'minus', name: '扣分', kind: 'deduction' as const, items: [{ id: 'M', name: '扣分事项', points: pick(r, [0.3, 1, 0.05]) }] }]
        : []),
    ],
    ...(r() < 0.7
      ? {
          veto: {
            name: '一票否决',
            when: { all: [{ fact: 'vetoes', operator: 'greaterThan', value: 0 }] },
            ...(r() < 0.5 ? { placement: 'last' as const } : {}),
          },
        }
      : {}),
    facts: [
      { id: 'missedCount', name: '未完成指标数', formula: 'indicatorCount(applicable && !done)' },
      { id: 'good', name: '全部完成', formula: pick(r, ['indicatorAll(done, applicable)', 'indicatorAny(completion >= 1)', 'base >= 60 && missedCount == 0']) },
      { id: 'lead', name: '组内比较', formula: pick(r, GROUP_FACTS) },
      ...(withProjects ? [{ id: 'projectScore', name: '项目得分', formula: projectScore }] : []),
    ],
    ranking: {
      keys: [
        { formula: pick(r, ['total', 'total', 'base', 'lead']), order: pick(r, ['desc', 'desc', 'asc'] as const), ...(round === null ? {} : { round }) },
        ...(r() < 0.3 ? [{ formula: pick(r, ['K1.actual', 'lead', ...(withProjects ? ['projectScore'] : [])]), order: 'desc' as const }] : []),
      ],
    },
    lists: [
      {
        id: 'present',
        name: '介绍经验',
        amountUnit: '万元',
        rules: [
          {
            reason: 'top',
            when: { all: [{ fact: 'rank', operator: 'lessThanInclusive', value: pick(r, [1, 2, 3]) }] },
            ...(r() < 0.5 ? { amount: pick(r, ['total / 4', '10 - rank * 2.5', 'lead']) } : {}),
          },
          {
            reason: 'lead',
            when: { all: [{ fact: 'lead', operator: pick(r, ['greaterThanInclusive', 'lessThan']), value: pick(r, [0, 1, 0.5, 2]) }] },
            ...(r() < 0.5 ? { amount: '1', detail: 'lead' } : {}),
          },
          ...(withProjects
            ? [{ reason: 'projects', when: { all: [{ fact: 'projectScore', operator: 'greaterThan', value: pick(r, [0, 1, 2]) }] }, detail: 'projectScore' }]
            : []),
        ],
      },
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
            ...(r() < 0.5 ? { detail: pick(r, ['missedCount', 'rank', 'indicatorList(!done)']) } : {}),
          },
          {
            reason: 'low',
            when: {
              any: [
                { fact: 'total', operator: 'lessThan', value: withParams ? { fact: 'lowLine' } : pick(r, [50, 54.875, 60]) },
                { not: { fact: 'good', operator: 'equal', value: true } },
              ],
            },
          },
        ],
      },
    ],
  };
}

/** Random data for a pack: a few units per group, targets and values chosen to meet thresholds and tie. */
export function randomData(r: R, pack: RulePackInput): DatasetInput {
  const units = Array.from({ length: 2 + Math.floor(r() * 7) }, (_, u) => ({ id: `U${u + 1}`, name: `单位${u + 1}`, group: pick(r, pack.groups).name }));
  const months = ['2024-01', '2024-02', '2024-03', '2024-05', '2024-06'];
  const targets = units.flatMap((u) =>
    pack.indicators.filter(() => r() < 0.9).map((ind) => ({ unitId: u.id, indicator: ind.id, value: pick(r, TARGETS), period: r() < 0.2 ? '2024' : null })),
  );
  const reports = units.flatMap((u) =>
    pack.indicators.flatMap((ind) =>
      months
        .filter(() => r() < 0.5)
        .map((period) => ({
          unitId: u.id,
          indicator: ind.id,
          period,
          value: r() < 0.15 ? String(Math.floor(r() * 20000) / 1000) : pick(r, VALUES),
        })),
    ),
  );
  const events = units.flatMap((u) => [
    ...(r() < 0.5 ? [{ unitId: u.id, period: pick(r, months), kind: 'bonus', code: 'B', count: String(1 + Math.floor(r() * 5)), note: null }] : []),
    ...(r() < 0.3 ? [{ unitId: u.id, period: pick(r, months), kind: null, code: 'M', count: pick(r, ['1', '2', '0.5']), note: null }] : []),
    ...(r() < 0.1 ? [{ unitId: u.id, period: pick(r, months), kind: 'veto', code: 'V', count: '1', note: null }] : []),
  ]);
  const projects =
    pack.measures?.some((m) => m.source === 'projects') === true
      ? randomProjects(
          r,
          units.map((u) => u.id),
        )
      : [];
  const invested = projects.flatMap((p) =>
    months.filter(() => r() < 0.3).map((period) => ({ unitId: p.unitId, indicator: p.id, period, value: pick(r, ['0', '50', '12.5', '100']) })),
  );
  return { units, targets, reports: [...reports, ...invested], events, projects };
}

/** 0–3 projects per unit: planned deadlines in several forms, signing dates in and out of the window, investment. */
function randomProjects(r: R, unitIds: readonly string[]) {
  return unitIds.flatMap((unitId) =>
    Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
      id: `P-${unitId}-${k + 1}`,
      unitId,
      name: `项目${k + 1}`,
      fields: {
        investment: pick(r, ['100', '2.5', '0', '1200', null]),
        plannedSign: pick(r, [null, '2024年3月', '2024-04-30', '2024年第一季度', '2024年上半年']),
        signedOn: pick(r, [null, null, '2024-02-10', '2024-05-20', '2023-12-01']),
        realEstate: pick(r, [true, false, null]),
        industry: pick(r, ['二产', '三产', '技改', null]),
      },
    })),
  );
}
