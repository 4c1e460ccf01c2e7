import { deleteExpiredSessions, getPasswordHash, getUser, insertSession, type Store, type User } from '@kaoping/store';
import { checkPassword } from '../../auth/password.ts';
import { SESSION_TTL_MS } from '../../auth/session-cookie.ts';
import { newSessionToken, sessionIdOf } from '../../auth/session-token.ts';
import { fail } from '../../errors/fail.ts';
import { audited } from '../audit/audited.ts';

/** Why a login failed, for the audit log only: the caller always gets the same answer. */
type FailedReason = 'unknown_user' | 'wrong_password' | 'disabled';

/**
 * Checks the password and opens a session; returns the user and the token for the cookie. A failed attempt is
 * audited (`login_failed`, with the reason and the client address, never the password) and answered alike.
 */
export async function login(store: Store, username: string, password: string, ip?: string): Promise<{ user: User; token: string }> {
  const hash = await getPasswordHash(store.db, username);
  const ok = await checkPassword(hash, password);
  const user = ok ? await getUser(store.db, username) : undefined;
  if (!user || user.disabled) {
    const reason: FailedReason = hash === undefined ? 'unknown_user' : ok ? 'disabled' : 'wrong_password';
    await audited(store, username, (_trx, audit) =>
      audit({ action: 'login_failed', entity: 'session', entityId: username, after: { reason, ip: ip ?? null } }),
    );
    throw fail.unauthenticated('用户名或密码错误');
  }
  const token = newSessionToken();
  await audited(store, username, async (trx, audit) => {
    await deleteExpiredSessions(trx);
    await insertSession(trx, { id: sessionIdOf(token), username, expiresAt: new Date(Date.now() + SESSION_TTL_MS).toISOString() });
    await audit({ action: 'login', entity: 'session', entityId: username });
  });
  return { user, token };
}
