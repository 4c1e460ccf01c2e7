import { RunResult } from '@kaoping/contracts';
import { exportBaseName } from '@kaoping/report';
import { getRun, listRuns, type Store, type User } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { RunSummary, RunView, SimulateResult } from '../schemas/run-responses.ts';
import { ExportQuery, RunBody, SimulateBody } from '../schemas/schemes.ts';
import { createRun } from '../services/runs/create-run.ts';
import { exportCsv, exportXlsx } from '../services/runs/export-run.ts';
import { packOfRun } from '../services/runs/pack-of-run.ts';
import { resultForUser } from '../services/runs/result-for-user.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { simulate } from '../services/simulate/simulate.ts';

async function readRun(store: Store, id: string, user: User) {
  const run = await getRun(store.db, id);
  if (!run) throw fail.notFound(`运行记录 ${id} `);
  const { result, ...summary } = run;
  return { ...summary, result: resultForUser(RunResult.parse(JSON.parse(result)), user) };
}

export const runRoutes = [
  route({
    method: 'post',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '考评运行：默认使用 asOf 当日生效的已发布版本，结果（含推导过程）存档',
    access: 'run:write',
    body: RunBody,
    status: 201,
    response: RunView,
    handler: async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return createRun(deps.store, param('sid'), body, user);
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '运行记录列表',
    access: 'run:read',
    response: listOf(RunSummary),
    handler: async ({ deps, param }) => {
      await requireScheme(deps.store, param('sid'));
      return { data: await listRuns(deps.store.db, param('sid')) };
    },
  }),
  route({
    method: 'get',
    path: '/runs/:rid',
    tag: 'runs',
    summary: '一次运行的结果（含推导过程；填报员只看到本单位）',
    access: 'run:read',
    response: RunView,
    handler: async ({ deps, param, user }) => readRun(deps.store, param('rid'), user),
  }),
  route({
    method: 'get',
    path: '/runs/:rid/export',
    tag: 'runs',
    summary: '导出各考评组排名表（xlsx 或 csv）',
    access: 'run:read',
    query: ExportQuery,
    download: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    handler: async ({ deps, param, query, res, user }) => {
      const run = await readRun(deps.store, param('rid'), user);
      const pack = await packOfRun(deps.store.db, run.schemeId, run.version);
      const name = exportBaseName(run.result);
      if (query.format === 'csv') {
        res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(exportCsv(run.result, pack));
      } else {
        res.type('xlsx').attachment(`${name}.xlsx`).send(await exportXlsx(run.result, pack));
      }
      return undefined;
    },
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/simulate',
    tag: 'runs',
    summary: '模拟：用给定草稿规则计算（不存档），并与生效版本对比排名、名单和亮灯',
    access: 'draft',
    body: SimulateBody,
    response: SimulateResult,
    handler: async ({ deps, param, body }) => {
      await requireScheme(deps.store, param('sid'));
      return simulate(deps.store, param('sid'), body);
    },
  }),
];
