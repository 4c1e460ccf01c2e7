import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromJobError, jobFailed, type JobError } from './job-error.ts';
import type { JobOutputs, JobProgress, JobTask, ReportProgress } from './job-tasks.ts';

/** How many workers run jobs and how much each job may take. */
export interface PoolLimits {
  /** Worker threads (1–2 on this 2-core machine): one job each at a time. */
  size: number;
  /** Wall-clock time of one job; the worker is stopped when it passes. */
  timeMs: number;
  /** V8 old-generation heap of one worker (resourceLimits): running out stops that worker only. */
  heapMb: number;
}

const DEFAULT_POOL_LIMITS: PoolLimits = { size: 2, timeMs: 120_000, heapMb: 768 };

interface Pending {
  task: JobTask;
  report: ReportProgress | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: Pending | null;
}

const ENTRY = new URL(`./job-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** A worker on the built `.js`, or on the `.ts` source through tsx when the API runs from source (tests, `pnpm start`). */
function spawn(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 };
  if (!ENTRY.pathname.endsWith('.ts')) return new Worker(ENTRY, { resourceLimits });
  // The CommonJS entry that require.resolve finds has an ESM twin beside it, which workers can import.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: ['--conditions=kaoping-src'], resourceLimits });
}

/**
 * Executes jobs in worker threads, so a slow or hostile import or run never blocks the request
 * thread. A job that passes the time limit or the heap limit stops its worker (a fresh one takes
 * its place) and fails with JOB_FAILED; the process and the other jobs carry on.
 */
export class WorkerPool {
  private readonly slots: (Slot | null)[];
  private readonly queue: Pending[] = [];

  constructor(readonly limits: PoolLimits = DEFAULT_POOL_LIMITS) {
    this.slots = Array.from({ length: Math.max(1, limits.size) }, () => null);
  }

  run<K extends JobTask['kind']>(task: Extract<JobTask, { kind: K }>, report?: ReportProgress): Promise<JobOutputs[K]> {
    return new Promise<JobOutputs[K]>((resolve, reject) => {
      this.queue.push({ task, report, resolve: resolve as (value: unknown) => void, reject });
      this.next();
    });
  }

  /** Stops every worker; queued and running jobs fail. */
  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(jobFailed('服务正在停止'));
    await Promise.all(
      this.slots.map((s, k) => {
        this.slots[k] = null;
        s?.busy?.reject(jobFailed('服务正在停止'));
        return s?.worker.terminate();
      }),
    );
  }

  private next(): void {
    const k = this.slots.findIndex((s) => s === null || s.busy === null);
    if (k < 0 || this.queue.length === 0) return;
    const slot = this.slots[k] ?? this.start(k);
    const job = this.queue.shift() as Pending;
    slot.busy = job;
    void slot.ready.then(() => this.post(k, slot, job));
  }

  private start(k: number): Slot {
    const worker = spawn(this.limits.heapMb);
    worker.unref();
    let ready!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (ready = r)), busy: null };
    worker.on('message', (m: { ready?: true; progress?: JobProgress; output?: unknown; error?: JobError }) => {
      if (m.ready === true) return ready();
      if (m.progress !== undefined) return slot.busy?.report?.(m.progress);
      const job = slot.busy;
      slot.busy = null;
      if (m.error !== undefined) job?.reject(fromJobError(m.error));
      else job?.resolve(m.output);
      this.next();
    });
    const fail = (reason: string) => {
      if (this.slots[k] !== slot) return;
      this.slots[k] = null;
      ready();
      slot.busy?.reject(jobFailed(reason));
      slot.busy = null;
      this.next();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `内存超过上限（${this.limits.heapMb} MB）` : `后台线程出错（${e.message}）`),
    );
    worker.on('exit', () => fail('后台线程意外退出'));
    this.slots[k] = slot;
    return slot;
  }

  private post(k: number, slot: Slot, job: Pending): void {
    if (this.slots[k] !== slot || slot.busy !== job) return;
    const timer = setTimeout(() => {
      if (slot.busy !== job) return;
      slot.busy = null;
      this.slots[k] = null;
      void slot.worker.terminate();
      job.reject(jobFailed(`运行超过 ${Math.round(this.limits.timeMs / 1000)} 秒`));
      this.next();
    }, this.limits.timeMs);
    timer.unref();
    const settle = () => clearTimeout(timer);
    const original = { resolve: job.resolve, reject: job.reject };
    job.resolve = (v) => {
      settle();
      original.resolve(v);
    };
    job.reject = (e) => {
      settle();
      original.reject(e);
    };
    slot.worker.postMessage({ task: job.task });
  }
}
