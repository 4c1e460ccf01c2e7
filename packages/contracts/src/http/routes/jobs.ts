import { endpoint } from '../endpoint.ts';
import { JobView, RunJobQuery } from '../job-view.ts';
import { RunView } from '../run-views.ts';
import { ImportQuery, RunBody } from '../scheme-bodies.ts';

export const jobs = {
  importTable: endpoint({
    method: 'post',
    path: '/schemes/:sid/jobs/imports/:table',
    tag: 'data',
    summary: '后台导入：与同步导入相同的参数与文件，立即返回 202 和任务编号，用 GET /jobs/:id 查看进度与结果',
    access: 'data:write',
    rawBody: true,
    query: ImportQuery,
    responses: { 202: JobView },
  }),
  run: endpoint({
    method: 'post',
    path: '/schemes/:sid/jobs/runs',
    tag: 'runs',
    summary:
      '后台考评运行：与同步运行相同的参数；wait 毫秒内运行结束时返回 201 和运行结果（同 GET /runs/:rid），否则返回 202 和任务编号，用 GET /jobs/:id 查看进度与结果（结果含运行编号）',
    access: 'run:write',
    body: RunBody,
    query: RunJobQuery,
    responses: { 201: RunView, 202: JobView },
  }),
  get: endpoint({
    method: 'get',
    path: '/jobs/:id',
    tag: 'runs',
    summary: '后台任务的状态（排队/运行中/完成/失败）、进度和结果或错误（可导入数据的角色可见）',
    access: 'data:write',
    responses: { 200: JobView },
  }),
} as const;
