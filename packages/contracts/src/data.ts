import { z } from 'zod';
import { DecimalString, IsoDate, Period } from './primitives.ts';

/** 被考评单位. `group` is matched against group ids, names and aliases; null = the pack's first group. */
export const Unit = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  group: z.string().nullable(),
  /** Other names the unit goes by in users' files (简称, former names); matched exactly like 单位名称. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type Unit = z.infer<typeof Unit>;

/** 年度目标 of one unit for one indicator; `period` (a year) limits it to that year. */
export const Target = z.strictObject({
  unitId: z.string().min(1),
  indicator: z.string().min(1),
  value: DecimalString,
  period: Period.nullable(),
});
export type Target = z.infer<typeof Target>;

/** 月报: a unit's value for one indicator and period; null = reported empty (未报送). */
export const Report = z.strictObject({
  unitId: z.string().min(1),
  indicator: z.string().min(1),
  period: Period,
  value: DecimalString.nullable(),
});
export type Report = z.infer<typeof Report>;

/** 加分 / 扣分 / 否决 事项. */
export const UnitEvent = z.strictObject({
  unitId: z.string().min(1),
  period: Period,
  kind: z.string().nullable(),
  code: z.string().min(1),
  count: DecimalString,
  note: z.string().nullable(),
});
export type UnitEvent = z.infer<typeof UnitEvent>;

/** A project field value: decimals and dates as strings, flags as booleans, null when empty. */
export const FieldValue = z.union([z.string(), z.boolean(), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;

/** 项目, with typed attributes (industry, investment, signedOn …). */
export const Project = z.strictObject({
  id: z.string().min(1),
  unitId: z.string().min(1),
  name: z.string(),
  fields: z.record(z.string(), FieldValue),
});
export type Project = z.infer<typeof Project>;

/** Everything a run reads. */
export const Dataset = z.strictObject({
  units: z.array(Unit),
  targets: z.array(Target).default([]),
  reports: z.array(Report).default([]),
  events: z.array(UnitEvent).default([]),
  projects: z.array(Project).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;

export { IsoDate };
