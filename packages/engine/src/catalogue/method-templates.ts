/** A named numeric parameter of a scoring method template, with its Chinese name and default. */
export interface MethodParamEntry {
  readonly key: string;
  readonly label: string;
  readonly default: number;
}

/** The formulas a method template writes, in the order a pack lists them. */
export interface MethodFormulas {
  readonly applicable?: string;
  readonly plan?: string;
  readonly completion?: string;
  readonly done?: string;
  readonly facts?: Readonly<Record<string, string>>;
  readonly score?: string;
}

/** A scoring method people choose by name (完成率封顶 × 权重, 排位计分 …); the formulas follow from it. */
export interface MethodTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly params: readonly MethodParamEntry[];
  readonly formulas: MethodFormulas;
}

const TO_DATE = 'target * timeProgress';

/** The scoring methods of the patterns in DOMAIN.md, each with its parameters and formulas. */
export const METHOD_TEMPLATES: readonly MethodTemplate[] = [
  {
    id: 'cappedRatio',
    name: '完成率封顶 × 权重',
    description: '得分 = 权重 × 累计完成 ÷ 序时目标，最高按封顶值计',
    params: [{ key: 'cap', label: '封顶值', default: 1.3 }],
    formulas: { plan: TO_DATE, score: 'weight * min(completion, cap)' },
  },
  {
    id: 'rate',
    name: '完成率 × 权重（对年度目标）',
    description: '得分 = 权重 × 累计完成 ÷ 年度目标，最高按 1 计，不按序时进度',
    params: [],
    formulas: { plan: 'target', score: 'weight * min(completion, 1)' },
  },
  {
    id: 'rankPoints',
    name: '排位计分',
    description: '组内按完成率排位：第1名得满分，每后一位减去递减比例，最低为保底比例',
    params: [
      { key: 'step', label: '每位递减比例', default: 0.1 },
      { key: 'floor', label: '保底比例', default: 0.4 },
    ],
    formulas: {
      plan: TO_DATE,
      facts: { position: "groupRank(completion, 'desc', applicable)", factor: 'max(1 - step * (position - 1), floor)' },
      score: 'weight * factor',
    },
  },
  {
    id: 'groupBest',
    name: '对标组内最优',
    description: '得分 = 权重 × 本单位值 ÷ 组内最大值；未报送按0计',
    params: [],
    formulas: {
      applicable: 'true',
      plan: 'null',
      completion: 'null',
      done: 'null',
      facts: { best: 'groupMax(actual)', missing: 'input == null' },
      score: 'if(best == 0, 0, weight * actual / best)',
    },
  },
  {
    id: 'threshold',
    name: '达标得分',
    description: '完成序时目标得满分（权重），未完成得0分',
    params: [],
    formulas: { plan: TO_DATE, score: 'if(done, weight, 0)' },
  },
  {
    id: 'cumulative',
    name: '累计值对序时目标（只亮灯）',
    description: '完成率 = 累计完成 ÷ 序时目标，用于亮灯，不计分',
    params: [],
    formulas: { plan: TO_DATE, completion: 'actual / plan' },
  },
  {
    id: 'growth',
    name: '对年度目标（不算完成率）',
    description: '计划取年度目标，不计算完成率，用于增速等只亮灯的指标',
    params: [],
    formulas: { plan: 'target', completion: 'null' },
  },
];
