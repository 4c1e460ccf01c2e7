import { PURE_FUNCTIONS } from '../formula/functions.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';
import type { FunctionEntry } from './types.ts';

const ALL_SCOPES = ['unit', 'indicator', 'project', 'event', 'report'] as const;

/** What users need to know beyond the label: which units group functions look at, and the like. */
const NOTES: Readonly<Record<string, string>> = {
  round: 'round(x, 位数)，四舍五入（half-up）',
  coalesce: '第一个非空值',
  groupMax: '本组全部单位（含一票否决单位）；第二个参数为筛选条件，如 groupMax(total, !vetoed)',
  groupMin: '本组全部单位（含一票否决单位）；可加筛选条件',
  groupSum: '本组全部单位（含一票否决单位）；可加筛选条件',
  groupAvg: '本组全部单位（含一票否决单位）；可加筛选条件',
  groupRank: "groupRank(x, 'desc'|'asc', 筛选条件)：1 + 比它好的单位数",
  indicatorSum: 'indicatorSum(x, 条件)：本组各指标求和',
  prev: 'prev(x, k)：k 期以前的值（默认 1）',
  countPeriods: "countPeriods(条件, 'year'|'quarter'|'all')",
  consecutive: '截至本期连续成立的期数',
};

/** Unit functions whose arguments are evaluated once per indicator of the group (in the indicator scope). */
const OVER_INDICATORS = new Set(['indicatorSum', 'indicatorCount', 'indicatorAll', 'indicatorAny', 'indicatorList']);

/** Every formula function, with its Chinese label, arity and where it may be used. */
export const FUNCTIONS: readonly FunctionEntry[] = [
  ...Object.entries(PURE_FUNCTIONS)
    .filter(([id]) => SPECIAL_FORMS[id] === undefined)
    .map(([id, f]) => ({ id, label: f.label, min: f.min, max: f.max, scopes: ALL_SCOPES })),
  ...Object.entries(SPECIAL_FORMS).map(([id, f]) => ({ id, label: f.label, min: f.min, max: f.max, scopes: f.scopes })),
]
  .map((f) => (NOTES[f.id] === undefined ? f : { ...f, note: NOTES[f.id] as string }))
  .map((f) => (OVER_INDICATORS.has(f.id) ? { ...f, argsScope: 'indicator' as const } : f))
  .sort((a, b) => (a.id < b.id ? -1 : 1));
