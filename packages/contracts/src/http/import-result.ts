import { ImportCounts, ImportMode, ImportPlanView } from '../api-imports.ts';
import { Project, Report, Target, Unit, UnitEvent } from '../data.ts';
import type { TableName } from '../inputs.ts';
import { z } from 'zod';
import { LocatedProblem } from './located-problem.ts';

/** The record schema of each data table. */
export const TABLE_RECORD = { units: Unit, targets: Target, reports: Report, events: UnitEvent, projects: Project } as const satisfies {
  [T in TableName]: z.ZodType;
};
/** A row of a data table. */
export type TableRecord<T extends TableName> = z.infer<(typeof TABLE_RECORD)[T]>;

/**
 * A dry run previews the records, what the mode will do (counts, changed rows before → after, rows
 * deleted) and the problems; a real import says how many rows it read and names its batch.
 */
export const ImportResult = z.discriminatedUnion('dryRun', [
  ImportPlanView.extend({ dryRun: z.literal(true), rows: z.array(z.union([Unit, Target, Report, UnitEvent, Project])), problems: z.array(LocatedProblem) }),
  z.object({
    dryRun: z.literal(false),
    imported: z.number().int(),
    batchId: z.string(),
    mode: ImportMode,
    counts: ImportCounts,
    problems: z.array(LocatedProblem),
  }),
]);
export type ImportResult = z.infer<typeof ImportResult>;
