import { LoginBody, SessionView } from '../auth-bodies.ts';
import { endpoint } from '../endpoint.ts';

export const auth = {
  login: endpoint({
    method: 'post',
    path: '/auth/login',
    tag: 'auth',
    summary: '登录：成功后设置 httpOnly 会话 Cookie',
    access: 'public',
    rateLimited: true,
    body: LoginBody,
    responses: { 200: SessionView },
  }),
  logout: endpoint({
    method: 'post',
    path: '/auth/logout',
    tag: 'auth',
    summary: '退出登录',
    access: 'signedIn',
    responses: { 204: null },
  }),
  me: endpoint({
    method: 'get',
    path: '/auth/me',
    tag: 'auth',
    summary: '当前用户及其权限：权限代码、可见的方案和所绑定的单位',
    access: 'signedIn',
    responses: { 200: SessionView },
  }),
} as const;
