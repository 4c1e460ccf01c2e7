import { z } from 'zod';
import { Ident } from './primitives.ts';

/** One header name or several accepted spellings of it. */
export const ColumnNames = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type ColumnNames = z.infer<typeof ColumnNames>;

/**
 * How one input table is read from a sheet. Header names are matched after trimming; built-in
 * Chinese and English aliases (单位名称, 所属组别, 年度目标 …) apply unless overridden here.
 */
export const TableInput = z.strictObject({
  /** File name inside the data folder, default `<table>.csv`. */
  file: z.string().min(1).optional(),
  /** Canonical field → header name(s) that hold it. */
  columns: z.record(z.string(), ColumnNames).optional(),
  /** Canonical field → value used for every row (e.g. `indicator: "E2"`). */
  constants: z.record(z.string(), z.string()).optional(),
  /** Wide layout: indicator id → the column that holds its value (one row per unit and period). */
  wide: z.record(Ident, ColumnNames).optional(),
});
export type TableInput = z.infer<typeof TableInput>;

/** `deadline`: a planned date written as a day, month, quarter, half-year or year (计划3月份, 上半年); read as the period's last day. */
export const FieldType = z.enum(['string', 'decimal', 'date', 'boolean', 'deadline']);
export type FieldType = z.infer<typeof FieldType>;

/** A project attribute that conditions can test, with its type and column. */
export const ProjectField = z.strictObject({
  type: FieldType,
  column: ColumnNames.optional(),
  label: z.string().optional(),
  required: z.boolean().optional(),
});
export type ProjectField = z.infer<typeof ProjectField>;

export const ProjectsInput = TableInput.extend({
  /** Extra or re-typed project attributes; the standard ones are listed in the README. */
  fields: z.record(Ident, ProjectField).optional(),
});
export type ProjectsInput = z.infer<typeof ProjectsInput>;

export const Inputs = z.strictObject({
  units: TableInput.optional(),
  targets: TableInput.optional(),
  reports: TableInput.optional(),
  events: TableInput.optional(),
  projects: ProjectsInput.optional(),
});
export type Inputs = z.infer<typeof Inputs>;

export const TABLES = ['units', 'targets', 'reports', 'events', 'projects'] as const;
export type TableName = (typeof TABLES)[number];
