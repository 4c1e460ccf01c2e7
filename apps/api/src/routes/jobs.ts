import { contract, RunJobResult, type JobView } from '@kaoping/contracts';
import { getJob, type JobStatus } from '@kaoping/store';
import type { AppDeps } from '../deps.ts';
import { fail } from '../errors/fail.ts';
import { percentOf, queueOf } from '../jobs/job-queue.ts';
import type { JobProgress } from '../jobs/job-tasks.ts';
import { bind, reply } from '../http/route.ts';
import { readRun } from '../services/runs/read-run.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { importJobInput, tableOf } from './imports.ts';

/** A job as the API shows it; a job this process is executing shows its latest progress (the row may lag behind a transaction). */
function view(job: JobStatus, live: JobProgress | null): JobView {
  const { result, error, progressDetail, leaseUntil: _lease, heartbeatAt: _beat, ...rest } = job;
  const detail = live ?? (progressDetail === null ? null : (JSON.parse(progressDetail) as JobProgress));
  return {
    ...rest,
    progress: live !== null && job.state === 'running' ? Math.max(job.progress, percentOf(live)) : job.progress,
    detail: job.state === 'running' ? detail : null,
    result: result === null ? null : (JSON.parse(result) as unknown),
    error: error === null ? null : (JSON.parse(error) as JobView['error']),
  };
}

const STILL_RUNNING = Symbol('still running');

/** The job's outcome if it ends within `ms`; a later failure is then left to GET /jobs/:id. */
async function outcomeWithin(deps: AppDeps, id: string, ms: number): Promise<unknown> {
  if (ms <= 0) return STILL_RUNNING;
  const outcome = queueOf(deps).outcome(id);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof STILL_RUNNING>((resolve) => (timer = setTimeout(() => resolve(STILL_RUNNING), ms)));
  try {
    const first = await Promise.race([outcome, late]);
    if (first === STILL_RUNNING) outcome.catch(() => undefined);
    return first;
  } finally {
    clearTimeout(timer);
  }
}

async function viewOf(deps: AppDeps, id: string): Promise<JobView> {
  const job = await getJob(deps.store.db, id);
  if (!job) throw fail.notFound(`任务 ${id} `);
  return view(job, queueOf(deps).live(id));
}

export const jobRoutes = [
  bind(contract.jobs.importTable, async ({ deps, req, param, query, user }) => {
    const table = tableOf(param('table'));
    await requireScheme(deps.store, param('sid'));
    const input = importJobInput(req, table, query);
    return viewOf(deps, await queueOf(deps).enqueue('import', param('sid'), input, user));
  }),
  bind(contract.jobs.run, async ({ deps, param, body, query, user, scope }) => {
    await requireScheme(deps.store, param('sid'));
    const id = await queueOf(deps).enqueue('run', param('sid'), body, user);
    // A run that ends within `wait` is answered whole (201), so the page needs no GET /jobs nor GET /runs for it.
    const outcome = await outcomeWithin(deps, id, query.wait ?? 0);
    if (outcome === STILL_RUNNING) return reply(202, await viewOf(deps, id));
    return readRun(deps.store, RunJobResult.parse(outcome).runId, scope);
  }),
  bind(contract.jobs.get, async ({ deps, param }) => viewOf(deps, param('id'))),
];
