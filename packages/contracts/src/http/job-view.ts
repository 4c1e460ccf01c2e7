import { z } from 'zod';

/** A background job as GET /jobs/:id shows it: where it stands and how it ended. */
export const JobView = z.object({
  id: z.string(),
  kind: z.enum(['import', 'run']),
  schemeId: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0–100. */
  progress: z.number().int(),
  /** While running: what it is doing — rows read/validated/written (import), units evaluated or unit rows saved (run). */
  detail: z.object({
    phase: z.enum(['reading', 'validating', 'writing', 'compiling', 'evaluating', 'saving']),
    done: z.number().int(),
    total: z.number().int().nullable(),
  }).nullable(),
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
