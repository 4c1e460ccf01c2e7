import { AuditEntry } from '@kaoping/contracts';
import { listAudit, listUsers } from '@kaoping/store';
import { route } from '../http/route.ts';
import { UserEnvelope, UserView } from '../schemas/auth.ts';
import { listOf } from '../schemas/list-of.ts';
import { AuditQuery, CreateUserBody, PatchUserBody } from '../schemas/users.ts';
import { createUser } from '../services/users/create-user.ts';
import { patchUser } from '../services/users/patch-user.ts';

export const adminRoutes = [
  route({
    method: 'get',
    path: '/users',
    tag: 'admin',
    summary: '用户列表',
    access: 'users',
    response: listOf(UserView),
    handler: async ({ deps }) => ({ data: await listUsers(deps.store.db) }),
  }),
  route({
    method: 'post',
    path: '/users',
    tag: 'admin',
    summary: '新建用户（填报员须绑定单位）',
    access: 'users',
    body: CreateUserBody,
    status: 201,
    response: UserEnvelope,
    handler: async ({ deps, body, user }) => ({ user: await createUser(deps.store, body, user.username) }),
  }),
  route({
    method: 'patch',
    path: '/users/:username',
    tag: 'admin',
    summary: '修改角色、单位、密码或停用（改密码或停用会结束其会话）',
    access: 'users',
    body: PatchUserBody,
    response: UserEnvelope,
    handler: async ({ deps, param, body, user }) => ({ user: await patchUser(deps.store, param('username'), body, user.username) }),
  }),
  route({
    method: 'get',
    path: '/audit',
    tag: 'admin',
    summary: '审计日志（按对象类型、用户、起止日期筛选）',
    access: 'audit',
    query: AuditQuery,
    response: listOf(AuditEntry),
    handler: async ({ deps, query }) => ({ data: await listAudit(deps.store.db, query) }),
  }),
];
