import { z } from 'zod';
import { ProjectEntry, ProjectQuery, ProjectView } from '../../api-projects.ts';
import { Project } from '../../data.ts';
import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';

const one = z.object({ data: Project });

/** 项目库: read by evaluators and (own unit only) reporters, changed by evaluators; every change audited. */
export const projects = {
  list: endpoint({
    method: 'get',
    path: '/schemes/:sid/projects',
    tag: 'projects',
    summary: '项目库：项目及其责任单位名称，可按 unitId、sector（行业领域/工作组）、flag（为真的标志字段）筛选（填报员只能看本单位）',
    access: 'data:read',
    query: ProjectQuery,
    responses: { 200: listOf(ProjectView) },
  }),
  create: endpoint({
    method: 'post',
    path: '/schemes/:sid/projects',
    tag: 'projects',
    summary: '新增项目（字段按导入的字段表读取；计划节点可写日期、月份、季度或半年）',
    access: 'data:write',
    body: ProjectEntry,
    responses: { 201: one },
  }),
  update: endpoint({
    method: 'put',
    path: '/schemes/:sid/projects/:pid',
    tag: 'projects',
    summary: '修改项目（未给出的字段保持原值，null 清空）',
    access: 'data:write',
    body: ProjectEntry,
    responses: { 200: one },
  }),
  remove: endpoint({
    method: 'delete',
    path: '/schemes/:sid/projects/:pid',
    tag: 'projects',
    summary: '删除项目',
    access: 'data:write',
    responses: { 200: one },
  }),
} as const;
