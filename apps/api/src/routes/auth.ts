import { deleteSession } from '@kaoping/store';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { route } from '../http/route.ts';
import { scopeOf } from '../auth/scope.ts';
import { LoginBody, SessionEnvelope } from '../schemas/auth.ts';
import { audited } from '../services/audit/audited.ts';
import { login } from '../services/users/login.ts';

export const authRoutes = [
  route({
    method: 'post',
    path: '/auth/login',
    tag: 'auth',
    summary: '登录：成功后设置 httpOnly 会话 Cookie',
    access: 'public',
    rateLimited: true,
    body: LoginBody,
    response: SessionEnvelope,
    handler: async ({ deps, req, res, body }) => {
      const { user, token } = await login(deps.store, body.username, body.password, req.ip);
      setSessionCookie(req, res, token);
      const { user: _user, ...access } = scopeOf(user);
      return { user, access };
    },
  }),
  route({
    method: 'post',
    path: '/auth/logout',
    tag: 'auth',
    summary: '退出登录',
    access: 'signedIn',
    status: 204,
    handler: async ({ deps, req, res, user }) => {
      const sessionId = res.locals.sessionId;
      await audited(deps.store, user.username, async (trx, audit) => {
        if (sessionId !== undefined) await deleteSession(trx, sessionId);
        await audit({ action: 'logout', entity: 'session', entityId: user.username });
      });
      clearSessionCookie(req, res);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/auth/me',
    tag: 'auth',
    summary: '当前用户及其权限：权限代码、可见的方案和所绑定的单位',
    access: 'signedIn',
    response: SessionEnvelope,
    handler: async ({ user, scope }) => {
      const { user: _user, ...access } = scope;
      return { user, access };
    },
  }),
];
