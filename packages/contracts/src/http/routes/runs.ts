import { DataGap } from '../../api-runs.ts';
import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';
import { RunSummary, RunUnitView, RunView, SimulateResult } from '../run-views.ts';
import { ExportQuery, GapsQuery, ReleaseRunBody, RunBody, SimulateBody, VoidRunBody } from '../scheme-bodies.ts';

export const runs = {
  create: endpoint({
    method: 'post',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '考评运行：默认使用 asOf 当日生效的已发布版本，结果（含推导过程）存为待审核；数据有缺口时须 acceptGaps=true（否则 409 DATA_INCOMPLETE 列出缺口）',
    access: 'run:write',
    body: RunBody,
    responses: { 201: RunView },
  }),
  gaps: endpoint({
    method: 'get',
    path: '/schemes/:sid/gaps',
    tag: 'runs',
    summary: '运行前的数据完整性检查：缺少的目标、月报，未填组别的单位（单位 × 指标）',
    access: 'run:write',
    query: GapsQuery,
    responses: { 200: listOf(DataGap) },
  }),
  release: endpoint({
    method: 'post',
    path: '/runs/:rid/release',
    tag: 'runs',
    summary: '发布结果（附说明）：待审核的运行对填报员和查看者可见；同一期间最新发布的为正式结果',
    access: 'run:write',
    body: ReleaseRunBody,
    responses: { 200: RunView },
  }),
  void: endpoint({
    method: 'post',
    path: '/runs/:rid/void',
    tag: 'runs',
    summary: '作废（附原因）：运行结果不再是正式结果，仍可查阅并标明已作废',
    access: 'run:write',
    body: VoidRunBody,
    responses: { 200: RunView },
  }),
  list: endpoint({
    method: 'get',
    path: '/schemes/:sid/runs',
    tag: 'runs',
    summary: '运行记录列表（期间、版本、状态、运行人与发布人）；填报员和查看者只看到已发布过的',
    access: 'run:read',
    responses: { 200: listOf(RunSummary) },
  }),
  get: endpoint({
    method: 'get',
    path: '/runs/:rid',
    tag: 'runs',
    summary: '一次运行的结果（含推导过程与数据缺口；填报员只看到本单位；待审核的只有考评员和管理员可见）；gzip 压缩，带 ETag（If-None-Match 未变时 304）',
    access: 'run:read',
    responses: { 200: RunView, 304: null },
  }),
  unit: endpoint({
    method: 'get',
    path: '/runs/:rid/units/:uid',
    tag: 'runs',
    summary: '一次运行中一个单位的结果、所在考评组与推导过程（不读取整份结果；填报员只能看本单位）；gzip 压缩，带 ETag（未变时 304）',
    access: 'run:read',
    responses: { 200: RunUnitView, 304: null },
  }),
  export: endpoint({
    method: 'get',
    path: '/runs/:rid/export',
    tag: 'runs',
    summary: '导出各考评组排名表（xlsx 或 csv）',
    access: 'run:read',
    query: ExportQuery,
    download: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    responses: { 200: null },
  }),
  simulate: endpoint({
    method: 'post',
    path: '/schemes/:sid/simulate',
    tag: 'runs',
    summary: '模拟：用给定草稿规则计算（不存档），并与生效版本对比排名、名单和亮灯',
    access: 'draft',
    body: SimulateBody,
    responses: { 200: SimulateResult },
  }),
} as const;
