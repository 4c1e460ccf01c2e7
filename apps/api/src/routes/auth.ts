import { contract } from '@kaoping/contracts';
import { deleteSession } from '@kaoping/store';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { bind } from '../http/route.ts';
import { scopeOf } from '../auth/scope.ts';
import { audited } from '../services/audit/audited.ts';
import { login } from '../services/users/login.ts';

export const authRoutes = [
  bind(contract.auth.login, async ({ deps, req, res, body }) => {
    const { user, token } = await login(deps.store, body.username, body.password, req.ip);
    setSessionCookie(req, res, token);
    const { user: _user, ...access } = scopeOf(user);
    return { user, access };
  }),
  bind(contract.auth.logout, async ({ deps, req, res, user }) => {
    const sessionId = res.locals.sessionId;
    await audited(deps.store, user.username, async (trx, audit) => {
      if (sessionId !== undefined) await deleteSession(trx, sessionId);
      await audit({ action: 'logout', entity: 'session', entityId: user.username });
    });
    clearSessionCookie(req, res);
    return undefined;
  }),
  bind(contract.auth.me, async ({ user, scope }) => {
    const { user: _user, ...access } = scope;
    return { user, access };
  }),
];
