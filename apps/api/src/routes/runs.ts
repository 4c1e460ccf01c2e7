import { DataGap } from '@kaoping/contracts';
import { findGaps } from '@kaoping/engine';
import { exportBaseName } from '@kaoping/report';
import { getVersion, versionInForce } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { queueOf } from '../jobs/job-queue.ts';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { RunSummary, RunUnitView, RunView, SimulateResult } from '../schemas/run-responses.ts';
import { ExportQuery, GapsQuery, ReleaseRunBody, RunBody, SimulateBody, VoidRunBody } from '../schemas/schemes.ts';
import { checkPack } from '../services/packs/check-pack.ts';
import { exportCsv, exportXlsx } from '../services/runs/export-run.ts';
import { loadSnapshot } from '../services/runs/load-snapshot.ts';
import { packOfRun } from '../services/runs/pack-of-run.ts';
import { listVisibleRuns, readRun } from '../services/runs/read-run.ts';
import { readRunUnit } from '../services/runs/read-run-unit.ts';
import { reviewRun } from '../services/runs/review-run.ts';
import { sendRunView } from '../services/runs/send-run-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { simulate } from '../services/simulate/simulate.ts';

export const runRoutes = [
  route({
    method: 'post',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '考评运行：默认使用 asOf 当日生效的已发布版本，结果（含推导过程）存为待审核；数据有缺口时须 acceptGaps=true（否则 409 DATA_INCOMPLETE 列出缺口）',
    access: 'run:write',
    body: RunBody,
    status: 201,
    response: RunView,
    handler: async ({ deps, param, body, user, scope }) => {
      await requireScheme(deps.store, param('sid'));
      // One path for every run: a job row, executed by the queue; this request waits for its end.
      const queue = queueOf(deps);
      const { runId } = (await queue.outcome(await queue.enqueue('run', param('sid'), body, user))) as { runId: string };
      return readRun(deps.store, runId, scope);
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/gaps',
    tag: 'runs',
    summary: '运行前的数据完整性检查：缺少的目标、月报，未填组别的单位（单位 × 指标）',
    access: 'run:write',
    query: GapsQuery,
    response: listOf(DataGap),
    handler: async ({ deps, param, query }) => {
      await requireScheme(deps.store, param('sid'));
      const version = query.version === undefined ? await versionInForce(deps.store.db, param('sid'), query.asOf) : await getVersion(deps.store.db, param('sid'), query.version);
      if (!version) throw fail.invalid(`${query.asOf} 没有生效的已发布版本`, [{ pointer: '/asOf', message: '此日期没有生效的版本' }]);
      return { data: findGaps(checkPack(version.pack).pack, await loadSnapshot(deps.store, param('sid')), query.asOf) };
    },
  }),
  route({
    method: 'post',
    path: '/runs/:rid/release',
    tag: 'runs',
    summary: '发布结果（附说明）：待审核的运行对填报员和查看者可见；同一期间最新发布的为正式结果',
    access: 'run:write',
    body: ReleaseRunBody,
    response: RunView,
    handler: async ({ deps, param, body, user, scope }) => {
      await reviewRun(deps.store, param('rid'), 'release', body.note, user);
      return readRun(deps.store, param('rid'), scope);
    },
  }),
  route({
    method: 'post',
    path: '/runs/:rid/void',
    tag: 'runs',
    summary: '作废（附原因）：运行结果不再是正式结果，仍可查阅并标明已作废',
    access: 'run:write',
    body: VoidRunBody,
    response: RunView,
    handler: async ({ deps, param, body, user, scope }) => {
      await reviewRun(deps.store, param('rid'), 'void', body.reason, user);
      return readRun(deps.store, param('rid'), scope);
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '运行记录列表（期间、版本、状态、运行人与发布人）；填报员和查看者只看到已发布过的',
    access: 'run:read',
    response: listOf(RunSummary),
    handler: async ({ deps, param, scope }) => {
      await requireScheme(deps.store, param('sid'));
      return { data: await listVisibleRuns(deps.store, param('sid'), scope) };
    },
  }),
  route({
    method: 'get',
    path: '/runs/:rid',
    tag: 'runs',
    summary: '一次运行的结果（含推导过程与数据缺口；填报员只看到本单位；待审核的只有考评员和管理员可见）；gzip 压缩，带 ETag（If-None-Match 未变时 304）',
    access: 'run:read',
    response: RunView,
    handler: async ({ deps, param, req, res, scope }) => {
      await sendRunView(deps.store, param('rid'), scope, req, res);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/runs/:rid/units/:uid',
    tag: 'runs',
    summary: '一次运行中一个单位的结果、所在考评组与推导过程（不读取整份结果；填报员只能看本单位）',
    access: 'run:read',
    response: RunUnitView,
    handler: async ({ deps, param, scope }) => readRunUnit(deps.store, param('rid'), param('uid'), scope),
  }),
  route({
    method: 'get',
    path: '/runs/:rid/export',
    tag: 'runs',
    summary: '导出各考评组排名表（xlsx 或 csv）',
    access: 'run:read',
    query: ExportQuery,
    download: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    handler: async ({ deps, param, query, res, scope }) => {
      const run = await readRun(deps.store, param('rid'), scope);
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
