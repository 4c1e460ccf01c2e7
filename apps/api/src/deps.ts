import type { Store } from '@kaoping/store';
import type { Logger } from 'pino';
import type { Clock } from './services/cycle/clock.ts';
import type { Jobs } from './jobs/jobs.ts';
import type { QueueOptions } from './jobs/queue-options.ts';

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  store: Store;
  /** Default: a silent logger. */
  logger?: Logger;
  /** The admin SPA's build (apps/admin/dist); served when the folder exists. */
  adminDist?: string | undefined;
  /** Failed logins allowed per IP and window; default 10 per 15 minutes. */
  loginRateLimit?: { windowMs: number; limit: number };
  /** Express `trust proxy` (set it when behind an https proxy, so cookies get Secure). */
  trustProxy?: boolean | number | string;
  /** Check every answer against its route's `response` schema, so the OpenAPI document cannot drift (tests). */
  checkResponses?: boolean;
  /** The reporting cycle's clock; default the real one (Beijing date). */
  clock?: Clock;
  /** Where imports and runs do their heavy work; default: a pool of worker threads with time and memory limits. */
  jobs?: Jobs;
  /** How this process takes part in the job queue (every import and run is a job); default: executes, no polling. */
  jobQueue?: Partial<QueueOptions>;
  /**
   * Test hooks: `afterImportRow` runs after each row written inside an import's transaction; `beforeJob`
   * runs when this process starts executing a claimed job (a promise that never settles holds it running);
   * `afterCommit` runs once a job's effect and its 'done' mark have committed.
   */
  faults?: {
    afterImportRow?: (written: number) => void;
    beforeJob?: (jobId: string) => Promise<void> | void;
    afterCommit?: (jobId: string) => Promise<void> | void;
  };
}
