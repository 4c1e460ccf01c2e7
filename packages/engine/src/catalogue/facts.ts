import { INDICATOR_DEFAULTS } from '../compile/defaults.ts';
import { EVENT_FIELDS, INDICATOR_BUILTINS, LABELS, PERIOD_NAMES, REPORT_FIELDS, UNIT_BUILTINS } from '../compile/names.ts';
import { STANDARD_PROJECT_FIELDS } from '../evaluate/data-index.ts';
import { PROJECT_LABELS, PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from '../project/project-names.ts';
import type { CatalogueScope, FactEntry, ValueType } from './types.ts';

const TYPES: Readonly<Record<string, ValueType>> = {
  asOf: 'date',
  year: 'number',
  month: 'number',
  quarter: 'number',
  timeProgress: 'number',
  daysElapsed: 'number',
  daysInYear: 'number',
  isQuarterEnd: 'boolean',
  isYearEnd: 'boolean',
  periodId: 'text',
  periodIndex: 'number',
  windowStart: 'date',
  unitId: 'text',
  unitName: 'text',
  groupId: 'text',
  base: 'number',
  total: 'number',
  bonusTotal: 'number',
  deductionTotal: 'number',
  vetoed: 'boolean',
  rank: 'number',
  unitsRankedBelow: 'number',
  unitsRankedAbove: 'number',
  rankedCount: 'number',
  groupSize: 'number',
  light: 'light',
  id: 'text',
  name: 'text',
  input: 'number',
  actual: 'number',
  target: 'number',
  weight: 'number',
  inGroup: 'boolean',
  applicable: 'boolean',
  plan: 'number',
  completion: 'number',
  score: 'number',
  done: 'boolean',
  lightBase: 'light',
  lightReason: 'text',
  period: 'text',
  kind: 'text',
  code: 'text',
  count: 'number',
  note: 'text',
  indicator: 'text',
  value: 'number',
};

const DEFAULT_NOTES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(INDICATOR_DEFAULTS).map(([k, f]) => [k, `默认 \`${f}\``])),
  input: '报送表按指标的 input 取值：sum 累计、latest 最近一期、current 本期',
  target: '目标表中本指标（或 targetOf 指定的指标）的年度目标',
  score: '无默认：指标、方法或 defaults 须给出',
  light: '只有写了 light 且适用的指标亮灯；单位灯色取各指标中最差的',
  rank: '竞争排名 1、2、2、4；未参与排名为 null',
  unitsRankedBelow: '名次严格在其后的已排名单位数；veto.placement 为 last 时计入排在最后的否决单位',
  vetoed: 'veto.when 成立',
  base: '默认 Σ 得分 × 100 ÷ Σ 适用指标权重',
  total: '默认 基础分 + 加分 − 扣分',
  windowStart: 'calendar.window 为 yearToDate 时为当年1月1日，为 period 时为本期首日',
};

/** Row fields whose label differs from the unit/indicator fact of the same name. */
const ROW_LABELS: Readonly<Record<string, string>> = { id: '项目编号', name: '项目名称', ...PROJECT_LABELS };

/** Types of the names a project offers besides its fields (project rules). */
const PROJECT_TYPES: Readonly<Record<string, ValueType>> = {
  invested: 'number',
  investedMonth: 'number',
  status: 'text',
  statusReasons: 'list',
  prevStatus: 'text',
  laggingPeriods: 'number',
  light: 'light',
  lightReason: 'text',
  lists: 'list',
};

function entries(scope: CatalogueScope, ids: readonly string[], type: (id: string) => ValueType): FactEntry[] {
  const row = scope === 'project';
  return ids.map((id) => {
    const note = row ? undefined : DEFAULT_NOTES[id];
    return { id, label: (row ? ROW_LABELS[id] : undefined) ?? LABELS[id] ?? id, type: type(id), scope, ...(note === undefined ? {} : { note }) };
  });
}

const byName = (id: string): ValueType => TYPES[id] ?? 'text';
const FIELD_TYPE: Readonly<Record<string, ValueType>> = { decimal: 'number', boolean: 'boolean', date: 'date', deadline: 'date', string: 'text' };

/** Every built-in fact and row field, with its Chinese label, type and default. */
export const FACTS: readonly FactEntry[] = [
  ...entries('period', PERIOD_NAMES, byName),
  ...entries('unit', UNIT_BUILTINS, byName),
  ...entries('indicator', INDICATOR_BUILTINS, byName),
  ...entries(
    'project',
    ['id', 'unitId', 'name', ...Object.keys(STANDARD_PROJECT_FIELDS)],
    (id) => FIELD_TYPE[STANDARD_PROJECT_FIELDS[id] ?? 'string'] ?? 'text',
  ),
  ...entries('project', [...PROJECT_PROGRESS_NAMES, ...PROJECT_OUTCOME_NAMES], (id) => PROJECT_TYPES[id] ?? 'text'),
  ...entries('event', EVENT_FIELDS, byName),
  ...entries('report', REPORT_FIELDS, byName),
];

/** The built-in facts of one scope. */
export function factsOf(scope: CatalogueScope): FactEntry[] {
  return FACTS.filter((f) => f.scope === scope);
}
