import { getJob, type Store, type StoredJob } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { enqueueJob } from '../jobs/job-queue.ts';
import { route } from '../http/route.ts';
import { JobView } from '../schemas/jobs.ts';
import { ImportQuery, RunBody } from '../schemas/schemes.ts';
import { isXlsx } from '../services/imports/read-upload.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { fileName, tableOf } from './imports.ts';

function view(job: StoredJob): JobView {
  const { input: _input, result, error, ...rest } = job;
  return { ...rest, result: result === null ? null : (JSON.parse(result) as unknown), error: error === null ? null : (JSON.parse(error) as JobView['error']) };
}

async function viewOf(store: Store, id: string): Promise<JobView> {
  const job = await getJob(store.db, id);
  if (!job) throw fail.notFound(`任务 ${id} `);
  return view(job);
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
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw fail.invalid('请上传 CSV 或 XLSX 文件（Content-Type: text/csv 或 XLSX 类型）');
      const header = req.headers['x-filename'];
      const file = typeof header === 'string' && header !== '' ? fileName(header) : `${table}.csv`;
      const input = {
        table, body: req.body.toString('base64'), file, xlsx: isXlsx(req.headers['content-type'], file), sheet: query.sheet, mode: query.mode,
        confirmDelete: query.confirmDelete, dryRun: query.dryRun === '1' || query.dryRun === 'true',
      };
      return viewOf(deps.store, await enqueueJob(deps, 'import', param('sid'), input, user));
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
      return viewOf(deps.store, await enqueueJob(deps, 'run', param('sid'), body, user));
    },
  }),
  route({
    method: 'get',
    path: '/jobs/:id',
    tag: 'runs',
    summary: '后台任务的状态（排队/运行中/完成/失败）、进度和结果或错误（可导入数据的角色可见）',
    access: 'data:write',
    response: JobView,
    handler: async ({ deps, param }) => viewOf(deps.store, param('id')),
  }),
];
