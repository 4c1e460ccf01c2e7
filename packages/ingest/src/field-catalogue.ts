import type { TableName } from '@kaoping/contracts';
import type { ValueKind } from './parse-cell.ts';

/**
 * A canonical field of an input table with its built-in header names, the most specific first
 * (the first one present in a header row wins; the first one names the field in messages).
 * `required`: the column must be present; `nonEmpty`: its cells must not be empty.
 */
export interface FieldDef {
  key: string;
  kind: ValueKind;
  label: string;
  aliases: readonly string[];
  required: boolean;
  nonEmpty: boolean;
}

function field(key: string, kind: ValueKind, aliases: string[], need: 'nonEmpty' | 'column' | 'optional'): FieldDef {
  const names = aliases.includes(key) ? aliases : [...aliases, key];
  return { key, kind, label: names[0] ?? key, aliases: names, required: need !== 'optional', nonEmpty: need === 'nonEmpty' };
}

// 单位名称 last: a file with both columns is keyed by the code; one with only names is resolved by name or alias.
const unitId = field('unitId', 'text', ['单位编码', '单位代码', '单位编号', 'unit_id', 'cluster_id', 'unitId', '单位名称', '单位'], 'nonEmpty');
const indicator = field('indicator', 'text', ['指标', 'indicator', '指标代码', '指标编码'], 'nonEmpty');
const period = field('period', 'period', ['月份', 'period', '期间', '报告期', 'year', '年度'], 'nonEmpty');

/** Chinese names of the tables, used in messages. */
export const TABLE_LABELS: Record<TableName, string> = {
  units: '单位表',
  targets: '目标表',
  reports: '月报表',
  events: '加扣分事项表',
  projects: '项目表',
};

/** The canonical fields of each table; projects' standard attributes are in {@link PROJECT_FIELDS}. */
export const TABLE_FIELDS: Record<TableName, readonly FieldDef[]> = {
  units: [
    field('id', 'text', ['单位编码', '单位代码', '单位编号', 'unit_id', 'unitId', 'cluster_id', 'id', '编号'], 'nonEmpty'),
    field('name', 'text', ['单位名称', 'name', '名称', '单位'], 'nonEmpty'),
    field('group', 'text', ['所属组别', 'group', '组别', '考评组'], 'optional'),
    field('aliases', 'text', ['别名', '单位别名', '简称', 'aliases'], 'optional'),
  ],
  targets: [
    unitId,
    indicator,
    field('value', 'decimal', ['年度目标', 'annual_target', '目标值', 'target', 'value', '目标', '任务数'], 'column'),
    field('period', 'period', ['年度', 'period', 'year', '年份'], 'optional'),
  ],
  reports: [unitId, indicator, period, field('value', 'decimal', ['数值', 'value', '完成值', '累计完成', '累计值', 'cumulative_value'], 'column')],
  events: [
    unitId,
    period,
    field('kind', 'text', ['类型', 'kind', '事项类型'], 'optional'),
    field('code', 'text', ['事项代码', 'code', '代码', '编码'], 'nonEmpty'),
    field('count', 'count', ['次数', 'count', '数量'], 'optional'),
    field('note', 'text', ['备注', 'note', '说明', '事由'], 'optional'),
  ],
  projects: [field('id', 'text', ['项目编号', 'project_id', '项目代码', 'id'], 'nonEmpty'), unitId, field('name', 'text', ['项目名称', 'name'], 'optional')],
};

/** Standard project attributes, stored in `Project.fields`; a missing column leaves them out. */
export const PROJECT_FIELDS: readonly FieldDef[] = [
  field('industry', 'text', ['产业类别', 'industry', '产业', '行业'], 'optional'),
  field('realEstate', 'boolean', ['是否房地产', 'real_estate', '房地产'], 'optional'),
  field('investment', 'decimal', ['总投资(万元)', 'total_investment_wan', 'investment', '总投资', '计划总投资(万元)'], 'optional'),
  field('signedOn', 'date', ['签约日期', 'signed_on'], 'optional'),
  field('startedOn', 'date', ['开工日期', 'started_on'], 'optional'),
  field('completedOn', 'date', ['竣工日期', 'completed_on'], 'optional'),
  field('foreign', 'boolean', ['是否外资', 'is_foreign', '外资'], 'optional'),
  field('sector', 'text', ['工作组', '行业领域', '所属领域', 'sector'], 'optional'),
  field('category', 'text', ['项目类型', '建设性质', 'category'], 'optional'),
  field('provincialKey', 'boolean', ['是否省重点', '省重点', 'provincial_key'], 'optional'),
  field('annualPlan', 'decimal', ['年度计划投资(万元)', '年度计划投资', 'annual_plan_wan'], 'optional'),
  field('plannedSign', 'deadline', ['计划签约', '计划签约时间', 'planned_sign'], 'optional'),
  field('plannedStart', 'deadline', ['计划开工', '计划开工时间', 'planned_start'], 'optional'),
  field('plannedCompletion', 'deadline', ['计划竣工', '计划建成', '计划竣工时间', 'planned_completion'], 'optional'),
  field('plannedListing', 'deadline', ['计划入库纳统', '计划入库纳统时间', 'planned_listing'], 'optional'),
  field('listedOn', 'date', ['入库纳统日期', 'listed_on'], 'optional'),
];

/** Fields that a wide layout replaces by its indicator columns. */
export const WIDE_REPLACES: readonly string[] = ['indicator', 'value'];
