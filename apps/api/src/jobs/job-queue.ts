import { randomUUID } from 'node:crypto';
import {
  claimJob,
  failAbandonedJobs,
  finishJob,
  getJob,
  getUser,
  insertJob,
  renewJobLease,
  setJobProgress,
  type Db,
  type JobClaim,
  type JobKind,
  type StoredJob,
  type User,
} from '@kaoping/store';
import type { AppDeps } from '../deps.ts';
import { DEFAULT_QUEUE, type QueueOptions } from './queue-options.ts';
import { fail } from '../errors/fail.ts';
import { importTable, type ImportInput } from '../services/imports/import-table.ts';
import { createRun, type RunInput } from '../services/runs/create-run.ts';
import { fromJobError, jobFailed, toJobError, type JobError } from './job-error.ts';
import type { ImportTaskOutput } from '../services/imports/import-task.ts';
import type { JobOutputs, JobProgress, JobTask, ReportProgress, RunTaskOutput } from './job-tasks.ts';
import { inlineJobs, type Jobs } from './jobs.ts';

/** A queued import as stored in its job row: the file as base64. */
export type QueuedImport = Omit<ImportInput, 'body' | 'afterRow'> & { body: string };

/** Where a phase starts and ends on the 0–100 bar. */
const PHASES: Record<JobProgress['phase'], [number, number]> = {
  reading: [0, 30],
  validating: [30, 45],
  writing: [45, 99],
  compiling: [0, 10],
  evaluating: [10, 80],
  saving: [80, 99],
};

export function percentOf(p: JobProgress): number {
  const [from, to] = PHASES[p.phase];
  const share = p.total === null || p.total === 0 ? 0 : Math.min(1, p.done / p.total);
  return Math.round(from + (to - from) * share);
}

function abandoned(attempts: number): string {
  return JSON.stringify(toJobError(jobFailed(`执行它的服务进程中断了 ${attempts} 次（租约到期未续），不再重试`)));
}

const sleep = (ms: number, wake: Set<() => void>) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      wake.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    wake.add(done);
  });

/**
 * The one path of every import and run, whoever starts it: a job row is queued, a process claims it
 * (`FOR UPDATE SKIP LOCKED`, so several API processes on one PostgreSQL share the queue), executes it as
 * its creator under a lease it renews, reports progress to the row, and records how it ended. A job whose
 * process died is claimed again when its lease expires, at most `maxAttempts` times.
 */
export class JobQueue {
  readonly options: QueueOptions;
  private readonly active = new Map<string, JobProgress | null>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private claiming = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: AppDeps,
    options: Partial<QueueOptions> = {},
  ) {
    this.options = { ...DEFAULT_QUEUE, ...options };
  }

  /** Queues an import or a run for `user` and starts draining; the job's id answers GET /jobs/:id. */
  async enqueue(kind: JobKind, schemeId: string, input: QueuedImport | RunInput, user: User): Promise<string> {
    const id = randomUUID();
    await insertJob(this.deps.store.db, { id, kind, schemeId, input: JSON.stringify(input), createdBy: user.username });
    this.drain();
    return id;
  }

  /** Waits until the job has ended (here or in another process) and gives its result, or throws its error. */
  async outcome(id: string): Promise<unknown> {
    for (;;) {
      const job = await getJob(this.deps.store.db, id);
      if (!job) throw fail.notFound(`任务 ${id} `);
      if (job.state === 'failed') throw fromJobError(JSON.parse(job.error ?? '{}') as JobError);
      if (job.state === 'done') return JSON.parse(job.result ?? 'null') as unknown;
      let wake = this.waiters.get(id);
      if (!wake) this.waiters.set(id, (wake = new Set()));
      await sleep(this.active.has(id) ? 2_000 : 250, wake);
      if (wake.size === 0) this.waiters.delete(id);
    }
  }

  /** The latest progress of a job this process is executing (fresher than the row while a transaction holds it). */
  live(id: string): JobProgress | null {
    return this.active.get(id) ?? null;
  }

  /** Polls for jobs every `pollMs` (queued by other processes, or abandoned), starting now. */
  start(): void {
    if (this.options.pollMs > 0 && this.timer === undefined) {
      this.timer = setInterval(() => this.drain(), this.options.pollMs);
      this.timer.unref();
    }
    this.drain();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Claims and executes jobs while this process has room; a call during a claim round makes it go round again. */
  drain(): void {
    if (!this.options.execute) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = true;
    void (async () => {
      const { db } = this.deps.store;
      const lease = { leaseMs: this.options.leaseMs, maxAttempts: this.options.maxAttempts };
      try {
        do {
          this.again = false;
          await failAbandonedJobs(db, lease.maxAttempts, abandoned, [...this.active.keys()]);
          while (this.active.size < this.options.concurrency) {
            const job = await claimJob(db, lease, [...this.active.keys()]);
            if (!job) break;
            this.active.set(job.id, null);
            void this.execute(job).finally(() => {
              this.active.delete(job.id);
              for (const wake of this.waiters.get(job.id) ?? []) wake();
              this.drain();
            });
          }
        } while (this.again && this.active.size < this.options.concurrency);
      } catch (error) {
        this.deps.logger?.error({ err: error }, 'job queue: claiming failed');
      } finally {
        this.claiming = false;
      }
    })();
  }

  /** Executes one claimed job as its creator, the same way for every caller, and records how it ended. */
  private async execute(job: StoredJob): Promise<void> {
    const { db } = this.deps.store;
    const claim: JobClaim = { id: job.id, attempts: job.attempts };
    const beat = setInterval(
      () => {
        renewJobLease(db, claim, this.options.leaseMs).catch((error: unknown) => this.deps.logger?.warn({ err: error, job: job.id }, 'job lease not renewed'));
      },
      Math.max(10, Math.floor(this.options.leaseMs / 3)),
    );
    beat.unref();
    const report = this.reporter(claim);
    // The job's effect (rows imported, run stored) and its 'done' mark commit in one transaction, so a process that
    // dies after the commit leaves a finished job, never one that a new claim would execute (and write) again.
    let finished = false;
    const onCommit = async (trx: Db, result: unknown) => {
      if (!(await finishJob(trx, claim, { result: JSON.stringify(result) }))) throw jobFailed('任务已由另一进程接手，本次结果未保存');
      finished = true;
    };
    try {
      await this.deps.faults?.beforeJob?.(job.id);
      const user = await getUser(db, job.createdBy);
      if (!user || user.disabled) throw fail.forbidden();
      let result: unknown;
      if (job.kind === 'import') {
        const q = JSON.parse(job.input) as QueuedImport;
        const jobs = tracked(this.deps.jobs ?? inlineJobs, report, !q.dryRun);
        const afterRow = (written: number) => {
          report.written(written);
          this.deps.faults?.afterImportRow?.(written);
        };
        const input = { ...q, body: Buffer.from(q.body, 'base64'), afterRow, onCommit };
        result = await importTable(this.deps.store, job.schemeId, input, user, jobs);
      } else {
        const input = JSON.parse(job.input) as RunInput;
        result = await createRun(this.deps.store, job.schemeId, input, user, tracked(this.deps.jobs ?? inlineJobs, report, true), onCommit);
      }
      await this.deps.faults?.afterCommit?.(job.id);
      await report.flush();
      // A dry run writes nothing, so it is marked done on its own.
      if (!finished) await finishJob(db, claim, { result: JSON.stringify(result) });
    } catch (e) {
      if (finished) {
        this.deps.logger?.error({ err: e, job: job.id }, 'job done, but failed afterwards');
        return;
      }
      if (e instanceof Error && !('code' in e)) this.deps.logger?.error({ err: e, job: job.id }, 'job failed unexpectedly');
      await report.flush();
      await finishJob(db, claim, { error: JSON.stringify(toJobError(e)) });
    } finally {
      clearInterval(beat);
    }
  }

  /** Keeps the latest progress here and writes it to the row at most every `progressMs` (a new phase at once). */
  private reporter(claim: JobClaim) {
    const { db } = this.deps.store;
    let last: JobProgress | null = null;
    let writtenAt = 0;
    let writing: Promise<void> = Promise.resolve();
    const write = (p: JobProgress) => {
      writtenAt = Date.now();
      writing = writing.then(() => setJobProgress(db, claim, percentOf(p), JSON.stringify(p))).catch(() => undefined);
    };
    const report = (p: JobProgress) => {
      const phaseChanged = last?.phase !== p.phase;
      last = p;
      this.active.set(claim.id, p);
      if (phaseChanged || Date.now() - writtenAt >= this.options.progressMs) write(p);
    };
    return Object.assign(report, {
      written: (done: number) => {
        if (last?.phase === 'writing') report({ phase: 'writing', done, total: last.total });
      },
      flush: () => writing,
    });
  }
}

/** The jobs, passing progress on and announcing the write that follows them (rows to write, unit rows to save). */
function tracked(jobs: Jobs, report: ReportProgress, writes: boolean): Jobs {
  const run = async (task: JobTask): Promise<JobOutputs[JobTask['kind']]> => {
    const out = await jobs.run(task, report);
    if (!writes) return out;
    if (task.kind === 'import') report({ phase: 'writing', done: 0, total: (out as ImportTaskOutput).rows });
    else report({ phase: 'saving', done: 0, total: (out as RunTaskOutput).units.length });
    return out;
  };
  return { run: run as Jobs['run'] };
}

const queues = new WeakMap<AppDeps, JobQueue>();

/** The queue of one app (its routes share one deps object). */
export function queueOf(deps: AppDeps): JobQueue {
  let queue = queues.get(deps);
  if (!queue) queues.set(deps, (queue = new JobQueue(deps, deps.jobQueue)));
  return queue;
}
