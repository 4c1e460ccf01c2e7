import { parentPort } from 'node:worker_threads';
import { toJobError } from './job-error.ts';
import { executeJob, type JobTask } from './job-tasks.ts';

/** A worker thread of the job pool: executes one job per message and reports progress, and answers with its output or error. */
parentPort?.on('message', (message: { task: JobTask }) => {
  executeJob(message.task, (progress) => parentPort?.postMessage({ progress })).then(
    (output) => parentPort?.postMessage({ output }),
    (e: unknown) => parentPort?.postMessage({ error: toJobError(e) }),
  );
});
parentPort?.postMessage({ ready: true });
