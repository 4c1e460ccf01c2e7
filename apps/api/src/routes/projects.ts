import { Project, ProjectEntry, ProjectQuery, ProjectView } from '@kaoping/contracts';
import { listProjectViews } from '@kaoping/store';
import { z } from 'zod';
import { unitScope } from '../auth/scope.ts';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { changeLibrary, createProject, editProject, removeProject } from '../services/projects/save-project.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

const one = z.object({ data: Project });

/** 项目库: read by evaluators and (own unit only) reporters, changed by evaluators; every change audited. */
export const projectRoutes = [
  route({
    method: 'get',
    path: '/schemes/:sid/projects',
    tag: 'projects',
    summary: '项目库：项目及其责任单位名称，可按 unitId、sector（行业领域/工作组）、flag（为真的标志字段）筛选（填报员只能看本单位）',
    access: 'data:read',
    query: ProjectQuery,
    response: listOf(ProjectView),
    handler: async ({ deps, param, query, scope }) => {
      await requireScheme(deps.store, param('sid'));
      const unitId = unitScope(scope, param('sid'), query.unitId);
      return { data: await listProjectViews(deps.store.db, param('sid'), { ...query, unitId }) };
    },
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/projects',
    tag: 'projects',
    summary: '新增项目（字段按导入的字段表读取；计划节点可写日期、月份、季度或半年）',
    access: 'data:write',
    body: ProjectEntry,
    status: 201,
    response: one,
    handler: async ({ deps, param, body, user }) => {
      return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => createProject(c, body)) };
    },
  }),
  route({
    method: 'put',
    path: '/schemes/:sid/projects/:pid',
    tag: 'projects',
    summary: '修改项目（未给出的字段保持原值，null 清空）',
    access: 'data:write',
    body: ProjectEntry,
    response: one,
    handler: async ({ deps, param, body, user }) => {
      return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => editProject(c, param('pid'), body)) };
    },
  }),
  route({
    method: 'delete',
    path: '/schemes/:sid/projects/:pid',
    tag: 'projects',
    summary: '删除项目',
    access: 'data:write',
    response: one,
    handler: async ({ deps, param, user }) => {
      return { data: await changeLibrary(deps.store, param('sid'), user.username, (c) => removeProject(c, param('pid'))) };
    },
  }),
];
