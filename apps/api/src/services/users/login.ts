import { appendAudit, deleteExpiredSessions, getPasswordHash, getUser, insertSession, type Store, type User } from '@kaoping/store';
import { checkPassword } from '../../auth/password.ts';
import { SESSION_TTL_MS } from '../../auth/session-cookie.ts';
import { newSessionToken, sessionIdOf } from '../../auth/session-token.ts';
import { fail } from '../../errors/fail.ts';

/** Checks the password and opens a session; returns the user and the token for the cookie. */
export async function login(store: Store, username: string, password: string): Promise<{ user: User; token: string }> {
  const hash = await getPasswordHash(store.db, username);
  const ok = await checkPassword(hash, password);
  const user = ok ? await getUser(store.db, username) : undefined;
  if (!user || user.disabled) throw fail.unauthenticated('用户名或密码错误');
  const token = newSessionToken();
  await store.db.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx);
    await insertSession(trx, { id: sessionIdOf(token), username, expiresAt: new Date(Date.now() + SESSION_TTL_MS).toISOString() });
    await appendAudit(trx, { actor: username, action: 'login', entity: 'session', entityId: username });
  });
  return { user, token };
}
