import { AuditEntry } from '../../api-audit.ts';
import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';
import { AuditQuery, CreateUserBody, PatchUserBody } from '../user-bodies.ts';
import { UserEnvelope, UserView } from '../user-view.ts';

export const users = {
  listUsers: endpoint({
    method: 'get',
    path: '/users',
    tag: 'admin',
    summary: '用户列表',
    access: 'users',
    responses: { 200: listOf(UserView) },
  }),
  createUser: endpoint({
    method: 'post',
    path: '/users',
    tag: 'admin',
    summary: '新建用户（填报员须绑定单位）',
    access: 'users',
    body: CreateUserBody,
    responses: { 201: UserEnvelope },
  }),
  patchUser: endpoint({
    method: 'patch',
    path: '/users/:username',
    tag: 'admin',
    summary: '修改角色、单位、密码或停用（改密码或停用会结束其会话）',
    access: 'users',
    body: PatchUserBody,
    responses: { 200: UserEnvelope },
  }),
  listAudit: endpoint({
    method: 'get',
    path: '/audit',
    tag: 'admin',
    summary: '审计日志（按对象类型、用户、起止日期筛选）',
    access: 'audit',
    query: AuditQuery,
    responses: { 200: listOf(AuditEntry) },
  }),
} as const;
