import { z } from 'zod';
import { Condition } from './condition.ts';
import { Inputs } from './inputs.ts';
import { Parameter } from './parameter.ts';
import { LightBand } from './light-band.ts';
import { ProjectRules } from './project-rules.ts';
import { Formula, Ident, IsoDate, LightId, PackNumber } from './primitives.ts';

/** The period model: when the scheme starts, how often it is assessed, and how 序时进度 is measured. */
export const Calendar = z.strictObject({
  /** First day of the scheme; history functions (`prev`, `countPeriods` …) never look before it. */
  start: IsoDate,
  /** One assessment period: a month, a quarter or a year. */
  cadence: z.enum(['month', 'quarter', 'year']),
  /** 序时进度: months elapsed / 12, or days elapsed / days in the year. */
  timeProgress: z.enum(['months', 'days']).default('months'),
  /** Which reports, events and project dates count: the year to date (累计) or the period alone. */
  window: z.enum(['yearToDate', 'period']).default('yearToDate'),
});
export type Calendar = z.infer<typeof Calendar>;

export const Group = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  /** Other spellings of the group in the units table (所属组别). */
  aliases: z.array(z.string()).optional(),
});
export type Group = z.infer<typeof Group>;

/** A named project attribute (认定口径) computed from a condition, e.g. 重大产业项目. */
export const ProjectFlag = z.strictObject({ id: Ident, name: z.string().min(1), when: Condition });
export type ProjectFlag = z.infer<typeof ProjectFlag>;

/** A per-unit aggregate over projects, events or reports inside the window. */
export const Measure = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  source: z.enum(['projects', 'events', 'reports']),
  where: Condition.optional(),
  aggregate: z.enum(['count', 'sum']),
  /** The field summed by `sum` (events: `count`; reports: `value`; projects: a decimal field). */
  field: z.string().optional(),
});
export type Measure = z.infer<typeof Measure>;

/** Indicator-scope formulas; any left out fall back to the method, then to the pack defaults. */
const IndicatorFormulas = {
  actual: Formula.optional(),
  applicable: Formula.optional(),
  plan: Formula.optional(),
  completion: Formula.optional(),
  score: Formula.optional(),
  done: Formula.optional(),
  /** Extra named indicator facts, shown in the result and the trace. */
  facts: z.record(Ident, Formula).optional(),
};

/** A reusable scoring method with parameters, e.g. 完成率封顶 `weight * min(completion, cap)`. */
export const Method = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  params: z.record(Ident, PackNumber).optional(),
  ...IndicatorFormulas,
});
export type Method = z.infer<typeof Method>;

/** Escalation: `from` in this and the previous `periods − 1` periods (base lights) becomes `to`. */
export const Escalation = z.strictObject({
  from: LightId,
  to: LightId,
  periods: z.number().int().min(2),
  reason: z.string().optional(),
});
export type Escalation = z.infer<typeof Escalation>;

export const LightSpec = z.strictObject({
  bands: z.array(LightBand).min(1),
  escalate: z.array(Escalation).optional(),
});
export type LightSpec = z.infer<typeof LightSpec>;

export const Indicator = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  unit: z.string().optional(),
  description: z.string().optional(),
  /** The raw value `input` from the reports table: sum of the window, latest value, or this period's value. */
  input: z.enum(['sum', 'latest', 'current']).optional(),
  /** Where the target comes from: this indicator's id in the targets table unless named here. */
  targetOf: Ident.optional(),
  method: Ident.optional(),
  params: z.record(Ident, PackNumber).optional(),
  light: LightSpec.optional(),
  ...IndicatorFormulas,
});
export type Indicator = z.infer<typeof Indicator>;

export const AdjustmentItem = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  points: PackNumber,
  /** How many times the item applies; default: Σ `count` of events with code = id in the window. */
  count: Formula.optional(),
});
export type AdjustmentItem = z.infer<typeof AdjustmentItem>;

/** 加分 or 扣分: items with points per count, summed and capped (封顶). */
export const Adjustment = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  kind: z.enum(['bonus', 'deduction']),
  cap: PackNumber.optional(),
  items: z.array(AdjustmentItem),
});
export type Adjustment = z.infer<typeof Adjustment>;

/** 一票否决: the unit keeps its scores; it is not ranked (`unranked`) or ranked after all others (`last`). */
export const Veto = z.strictObject({
  name: z.string().default('一票否决'),
  when: Condition,
  /**
   * `unranked` (default): a vetoed unit has no rank and is not counted by `unitsRankedBelow`.
   * `last`: vetoed units share the last rank, after every other ranked unit, and count in
   * `unitsRankedBelow` of the units above them (so "后两名" does not skip past them).
   */
  placement: z.enum(['unranked', 'last']).default('unranked'),
});
export type Veto = z.infer<typeof Veto>;

/** A named unit fact computed by a formula; may use rank and history. */
export const Fact = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  formula: Formula,
  /** Decimal places shown (half-up); the exact value is kept for decisions. */
  round: z.number().int().min(0).max(6).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const RankingKey = z.strictObject({
  formula: Formula,
  order: z.enum(['desc', 'asc']).default('desc'),
  /** Round half-up to this many decimals before comparing: values equal after rounding are equal. */
  round: z.number().int().min(0).max(6).optional(),
  label: z.string().optional(),
});
export type RankingKey = z.infer<typeof RankingKey>;

export const Ranking = z.strictObject({
  /** Which units are ranked; default `!vetoed`. */
  eligible: Formula.optional(),
  keys: z.array(RankingKey).min(1),
});
export type Ranking = z.infer<typeof Ranking>;

export const ListRule = z.strictObject({
  reason: z.string().min(1),
  label: z.string().optional(),
  /** Groups the rule applies to; all groups when left out. */
  groups: z.array(Ident).optional(),
  when: Condition,
  /** An amount attached to the entry (奖励金额), a formula. */
  amount: Formula.optional(),
  /** Extra detail shown with the entry, e.g. `indicatorList(light == 'red')`. */
  detail: Formula.optional(),
});
export type ListRule = z.infer<typeof ListRule>;

/** An outcome list (介绍经验, 表态发言 …): a unit is on it if any rule holds; every holding rule gives a reason. */
export const OutcomeList = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  amountUnit: z.string().optional(),
  rules: z.array(ListRule).min(1),
});
export type OutcomeList = z.infer<typeof OutcomeList>;

export const Rounding = z.strictObject({
  decimals: z.number().int().min(0).max(6).default(2),
  mode: z.literal('halfUp').default('halfUp'),
});

export const RulePack = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '方案编号须为小写字母、数字和连字符'),
  name: z.string().min(1),
  version: z.string().optional(),
  description: z.string().optional(),
  calendar: Calendar,
  /** 方案参数: named values with defaults, overridable per run (`--param statementCount=3`). */
  parameters: z.array(Parameter).optional(),
  rounding: Rounding.default({ decimals: 2, mode: 'halfUp' }),
  groups: z.array(Group).min(1),
  inputs: Inputs.optional(),
  projectFlags: z.array(ProjectFlag).optional(),
  measures: z.array(Measure).optional(),
  methods: z.record(Ident, Method).optional(),
  /** Fallback indicator formulas for every indicator. */
  defaults: z.strictObject(IndicatorFormulas).optional(),
  indicators: z.array(Indicator).min(1),
  /** 权重: group id → indicator id → weight. An indicator without a weight is not part of that group. */
  weights: z.record(Ident, z.record(Ident, PackNumber)),
  /** 权重合计: what each group's weights should add up to (e.g. 100); a group that differs is warned about. */
  weightTotal: PackNumber.optional(),
  adjustments: z.array(Adjustment).optional(),
  veto: Veto.optional(),
  /** 基础分, default: Σ score × 100 / Σ weight over applicable indicators (N/A rescaling). */
  base: Formula.optional(),
  /** 总分, default: base + bonuses − deductions. */
  total: Formula.optional(),
  facts: z.array(Fact).optional(),
  /** 排名; a scheme without it (e.g. lights only) ranks nobody. */
  ranking: Ranking.optional(),
  lists: z.array(OutcomeList).optional(),
  /** 项目层规则: per-project facts, status against the plan (正常/滞后/严重滞后), lights and project lists. */
  projectRules: ProjectRules.optional(),
});
export type RulePack = z.infer<typeof RulePack>;
export type RulePackInput = z.input<typeof RulePack>;
