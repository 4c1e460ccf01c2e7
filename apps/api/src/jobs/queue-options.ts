/** How this process takes part in the queue. */
export interface QueueOptions {
  /** Execute jobs here; false makes a web-only instance that queues jobs for the others. */
  execute: boolean;
  /** Jobs executed at once by this process. */
  concurrency: number;
  /** How long a claim holds without a heartbeat (renewed every third of it); then the job is taken for abandoned. */
  leaseMs: number;
  /** Claims a job gets before it is failed (each one ended by a process that died). */
  maxAttempts: number;
  /** Look for jobs queued by other instances or abandoned by dead ones this often; 0: only when this process queues one. */
  pollMs: number;
  /** Progress is written to the job row at most this often. */
  progressMs: number;
}

export const DEFAULT_QUEUE: QueueOptions = { execute: true, concurrency: 2, leaseMs: 60_000, maxAttempts: 3, pollMs: 0, progressMs: 250 };
