import { z } from 'zod';
import { Project, Report, Target, Unit, UnitEvent } from './data.ts';
import { TABLES } from './inputs.ts';

/** 合并更新 (default: upsert by the table's natural key), 追加 (append) or 整表替换 (replace). */
export const ImportMode = z.enum(['merge', 'append', 'replace']);
export type ImportMode = z.infer<typeof ImportMode>;

/** Chinese names of the import modes, for the UI and messages. */
export const IMPORT_MODE_LABELS: Record<ImportMode, string> = { merge: '合并更新', append: '追加', replace: '整表替换' };

/** What an import does to the table, row by row. */
export const ImportCounts = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  deleted: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const DataRecord = z.union([Unit, Target, Report, UnitEvent, Project]);
export type DataRecord = z.infer<typeof DataRecord>;

/** A row an import changes: the stored record before and the imported one after. */
export const ImportChange = z.object({ key: z.string(), before: DataRecord, after: DataRecord });
export type ImportChange = z.infer<typeof ImportChange>;

/** The dry run's report: counts, the changed rows (before → after), and the rows a replace deletes. */
export const ImportPlanView = z.object({
  mode: ImportMode,
  counts: ImportCounts,
  changes: z.array(ImportChange),
  deletedRows: z.array(DataRecord),
});
export type ImportPlanView = z.infer<typeof ImportPlanView>;

/** One stored import batch: who imported which file how, and what it did. */
export const ImportBatch = z.object({
  id: z.string(),
  table: z.enum(TABLES),
  mode: ImportMode,
  file: z.string(),
  sheet: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  counts: ImportCounts,
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;
