import { getJob, type StoredJob } from '@kaoping/store';
import type { AppDeps } from '../deps.ts';
import { fail } from '../errors/fail.ts';
import { percentOf, queueOf } from '../jobs/job-queue.ts';
import type { JobProgress } from '../jobs/job-tasks.ts';
import { route } from '../http/route.ts';
import { JobView } from '../schemas/jobs.ts';
import { ImportQuery, RunBody } from '../schemas/schemes.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { importJobInput, tableOf } from './imports.ts';

/** A job as the API shows it; a job this process is executing shows its latest progress (the row may lag behind a transaction). */
function view(job: StoredJob, live: JobProgress | null): JobView {
  const { input: _input, result, error, progressDetail, leaseUntil: _lease, heartbeatAt: _beat, ...rest } = job;
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
  route({
    method: 'post',
    path: '/schemes/:sid/jobs/imports/:table',
    tag: 'data',
    summary: '后台导入：与同步导入相同的参数与文件，立即返回 202 和任务编号，用 GET /jobs/:id 查看进度与结果',
    access: 'data:write',
    rawBody: true,
    query: ImportQuery,
    status: 202,
    response: JobView,
    handler: async ({ deps, req, param, query, user }) => {
      const table = tableOf(param('table'));
      await requireScheme(deps.store, param('sid'));
      const input = importJobInput(req, table, query);
      return viewOf(deps, await queueOf(deps).enqueue('import', param('sid'), input, user));
    },
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/jobs/runs',
    tag: 'runs',
    summary: '后台考评运行：与同步运行相同的参数，立即返回 202 和任务编号，用 GET /jobs/:id 查看进度与结果（结果含运行编号）',
    access: 'run:write',
    body: RunBody,
    status: 202,
    response: JobView,
    handler: async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return viewOf(deps, await queueOf(deps).enqueue('run', param('sid'), body, user));
    },
  }),
  route({
    method: 'get',
    path: '/jobs/:id',
    tag: 'runs',
    summary: '后台任务的状态（排队/运行中/完成/失败）、进度和结果或错误（可导入数据的角色可见）',
    access: 'data:write',
    response: JobView,
    handler: async ({ deps, param }) => viewOf(deps, param('id')),
  }),
];
