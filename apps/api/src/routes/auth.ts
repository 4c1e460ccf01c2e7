import { appendAudit, deleteSession } from '@kaoping/store';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { route } from '../http/route.ts';
import { LoginBody, UserEnvelope } from '../schemas/auth.ts';
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
    response: UserEnvelope,
    handler: async ({ deps, req, res, body }) => {
      const { user, token } = await login(deps.store, body.username, body.password, req.ip);
      setSessionCookie(req, res, token);
      return { user };
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
      await deps.store.db.transaction().execute(async (trx) => {
        if (sessionId !== undefined) await deleteSession(trx, sessionId);
        await appendAudit(trx, { actor: user.username, action: 'logout', entity: 'session', entityId: user.username });
      });
      clearSessionCookie(req, res);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/auth/me',
    tag: 'auth',
    summary: '当前用户',
    access: 'signedIn',
    response: UserEnvelope,
    handler: async ({ user }) => ({ user }),
  }),
];
