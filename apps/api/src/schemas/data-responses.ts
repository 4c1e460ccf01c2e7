import { ImportCounts, ImportMode, ImportPlanView, Project, Report, Target, Unit, UnitEvent, type TableName } from '@kaoping/contracts';
import { z } from 'zod';
import { Problem } from './problem.ts';

/** The record schema of each data table. */
export const TABLE_RECORD: { [T in TableName]: z.ZodType } = { units: Unit, targets: Target, reports: Report, events: UnitEvent, projects: Project };

/**
 * A dry run previews the records, what the mode will do (counts, changed rows before → after, rows
 * deleted) and the problems; a real import says how many rows it read and names its batch.
 */
export const ImportResult = z.discriminatedUnion('dryRun', [
  ImportPlanView.extend({ dryRun: z.literal(true), rows: z.array(z.union([Unit, Target, Report, UnitEvent, Project])), problems: z.array(Problem) }),
  z.object({
    dryRun: z.literal(false),
    imported: z.number().int(),
    batchId: z.string(),
    mode: ImportMode,
    counts: ImportCounts,
    problems: z.array(Problem),
  }),
]);
