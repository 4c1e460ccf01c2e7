import { contract, type JobView } from '@kaoping/contracts';
import { getJob, type Store, type StoredJob } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { enqueueJob } from '../jobs/job-queue.ts';
import { bind } from '../http/route.ts';
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
  bind(
    contract.jobs.importTable,
    async ({ deps, req, param, query, user }) => {
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
  ),
  bind(
    contract.jobs.run,
    async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return viewOf(deps.store, await enqueueJob(deps, 'run', param('sid'), body, user));
    },
  ),
  bind(
    contract.jobs.get,
    async ({ deps, param }) => viewOf(deps.store, param('id')),
  ),
];
