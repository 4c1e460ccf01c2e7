import { randomBytes } from 'node:crypto';
import { countActiveAdmins, getUser, type Store } from '@kaoping/store';
import { createUser } from '../users/create-user.ts';

export interface AdminEnv {
  user?: string | undefined;
  password?: string | undefined;
  /** Allow generating a one-time password when nothing is configured (development only). */
  generate: boolean;
}

export type AdminOutcome =
  { kind: 'exists' } | { kind: 'created'; username: string } | { kind: 'generated'; username: string; password: string } | { kind: 'missing' };

/**
 * Makes sure an admin can log in. KAOPING_ADMIN_USER/PASSWORD create that admin if absent; with
 * neither set and no admin yet, development gets a random password that the caller prints once.
 * There is no default password.
 */
export async function ensureAdmin(store: Store, env: AdminEnv): Promise<AdminOutcome> {
  if (env.user && env.password) {
    if (await getUser(store.db, env.user)) return { kind: 'exists' };
    await createUser(store, { username: env.user, password: env.password, role: 'admin' }, 'system');
    return { kind: 'created', username: env.user };
  }
  if ((await countActiveAdmins(store.db)) > 0) return { kind: 'exists' };
  if (!env.generate) return { kind: 'missing' };
  const password = randomBytes(12).toString('base64url');
  await createUser(store, { username: 'admin', password, role: 'admin' }, 'system');
  return { kind: 'generated', username: 'admin', password };
}
