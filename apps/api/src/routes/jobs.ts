import { contract, type JobView } from '@kaoping/contracts';
import { getJob, type JobStatus } from '@kaoping/store';
import type { AppDeps } from '../deps.ts';
import { fail } from '../errors/fail.ts';
import { percentOf, queueOf } from '../jobs/job-queue.ts';
import type { JobProgress } from '../jobs/job-tasks.ts';
import { bind } from '../http/route.ts';
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

async function viewOf(deps: AppDeps, id: string): Promise<JobView> {
  const job = await getJob(deps.store.db, id);
  if (!job) throw fail.notFound(`任务 ${id} `);
  return view(job, queueOf(deps).live(id));
}

export const jobRoutes = [
  bind(
    contract.jobs.importTable,
    async ({ deps, req, param, query, user }) => {
      const table = tableOf(param('table'));
      await requireScheme(deps.store, param('sid'));
      const input = importJobInput(req, table, query);
      return viewOf(deps, await queueOf(deps).enqueue('import', param('sid'), input, user));
    },
  ),
  bind(
    contract.jobs.run,
    async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return viewOf(deps, await queueOf(deps).enqueue('run', param('sid'), body, user));
    },
  ),
  bind(
    contract.jobs.get,
    async ({ deps, param }) => viewOf(deps, param('id')),
  ),
];
