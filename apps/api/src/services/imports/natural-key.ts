import type { TableName } from '@kaoping/contracts';
import type { DataRecords } from '@kaoping/store';

/**
 * The natural key 合并更新 upserts by: unit for units, unit + indicator + period for targets and
 * reports, unit + month + code for events, project id for projects.
 */
export const NATURAL_KEY: { [T in TableName]: (r: DataRecords[T]) => string } = {
  units: (u) => JSON.stringify([u.id]),
  targets: (t) => JSON.stringify([t.unitId, t.indicator, t.period]),
  reports: (r) => JSON.stringify([r.unitId, r.indicator, r.period]),
  events: (e) => JSON.stringify([e.unitId, e.period, e.code]),
  projects: (p) => JSON.stringify([p.id]),
};

/** The key in words, for problems: 单位 J01、指标 K1、期间 2021. */
export function describeKey(table: TableName, key: string): string {
  const parts = JSON.parse(key) as (string | null)[];
  const names: Record<TableName, string[]> = {
    units: ['单位'],
    targets: ['单位', '指标', '期间'],
    reports: ['单位', '指标', '期间'],
    events: ['单位', '月份', '事项代码'],
    projects: ['项目'],
  };
  return parts.flatMap((p, i) => (p === null ? [] : [`${names[table][i] ?? ''} ${p}`])).join('、');
}
