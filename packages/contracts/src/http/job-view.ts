import { z } from 'zod';
import { DataGap } from '../api-runs.ts';

/** A background job as GET /jobs/:id shows it: where it stands and how it ended. */
export const JobView = z.object({
  id: z.string(),
  kind: z.enum(['import', 'run']),
  schemeId: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0–100. */
  progress: z.number().int(),
  /** While running: what it is doing — rows read/validated/written (import), units evaluated or unit rows saved (run). */
  detail: z
    .object({
      phase: z.enum(['reading', 'validating', 'writing', 'compiling', 'evaluating', 'saving']),
      done: z.number().int(),
      total: z.number().int().nullable(),
    })
    .nullable(),
  /** Claims so far: more than 1 when a process executing it died and another took it over. */
  attempts: z.number().int(),
  /** What the synchronous route answers: the import's counts, or the run's id and gaps. */
  result: z.unknown().nullable(),
  error: z.object({ code: z.string().nullable(), message: z.string(), problems: z.array(z.looseObject({ message: z.string() })) }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobView>;

/** A finished run job's result (what the synchronous run route stored): the new run's id and the gaps it accepted. */
export const RunJobResult = z.object({ runId: z.string(), gaps: z.array(DataGap) });
export type RunJobResult = z.infer<typeof RunJobResult>;

/** How long POST /schemes/:sid/jobs/runs may wait for the run to end before it answers 202 (milliseconds, at most 10 s). */
export const RunJobQuery = z.strictObject({ wait: z.coerce.number().int().min(0).max(10_000).optional() });
