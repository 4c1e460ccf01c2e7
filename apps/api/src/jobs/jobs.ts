import { executeJob, type JobOutputs, type JobTask, type ReportProgress } from './job-tasks.ts';

/** Where imports and runs do their heavy work: a worker pool in the server, this thread in unit tests. */
export interface Jobs {
  run<K extends JobTask['kind']>(task: Extract<JobTask, { kind: K }>, report?: ReportProgress): Promise<JobOutputs[K]>;
  close?(): Promise<void>;
}

/** Jobs executed on the calling thread (tests that do not exercise the pool; the CLI). */
export const inlineJobs: Jobs = {
  run: <K extends JobTask['kind']>(task: Extract<JobTask, { kind: K }>, report?: ReportProgress) => executeJob(task, report) as Promise<JobOutputs[K]>,
};
