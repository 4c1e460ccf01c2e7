import { passwordProblems, type Role } from '@kaoping/contracts';
import type { Store, User, UserPatch } from '@kaoping/store';
import { countActiveAdmins, deleteUserSessions, getUser, lockAdmins, updateUser } from '@kaoping/store';
import { hashPassword } from '../../auth/password.ts';
import { audited } from '../audit/audited.ts';
import { fail } from '../../errors/fail.ts';
import { requireBinding } from './require-binding.ts';

export interface UserChanges {
  role?: Role | undefined;
  schemeId?: string | null | undefined;
  unitId?: string | null | undefined;
  password?: string | undefined;
  disabled?: boolean | undefined;
}

/**
 * Changes role, binding (a reporter's scheme and unit), password or disabled. A new password or disabling ends the user's sessions.
 * The last active admin cannot be demoted or disabled (409), even by two admins demoting each other at once:
 * the admin rows are locked first, so such transactions run one after the other.
 */
export async function patchUser(store: Store, username: string, changes: UserChanges, actor: string): Promise<User> {
  if (changes.password !== undefined && passwordProblems(changes.password, username).length > 0) {
    const problems = passwordProblems(changes.password, username).map((message) => ({ pointer: '/password', message }));
    throw fail.invalid('密码不符合要求', problems);
  }
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return audited(store, actor, async (trx, audit) => {
    await lockAdmins(trx);
    const before = await getUser(trx, username);
    if (!before) throw fail.notFound(`用户 ${username} `);
    const role = changes.role ?? before.role;
    const kept = (changed: string | null | undefined, was: string | null) => (changed !== undefined ? changed : role === 'reporter' ? was : null);
    const binding = { schemeId: kept(changes.schemeId, before.schemeId), unitId: kept(changes.unitId, before.unitId) };
    const rebinds = role !== before.role || binding.schemeId !== before.schemeId || binding.unitId !== before.unitId;
    // An unbound reporter (migrated with a unit in no scheme's list) may still be disabled or get a new password.
    if (rebinds) await requireBinding(trx, role, binding);
    const patch: UserPatch = { role, ...binding };
    if (changes.disabled !== undefined) patch.disabled = changes.disabled;
    if (passwordHash !== undefined) patch.passwordHash = passwordHash;
    const after = await updateUser(trx, username, patch);
    if (!after) throw fail.notFound(`用户 ${username} `);
    if (before.role === 'admin' && (after.role !== 'admin' || after.disabled) && (await countActiveAdmins(trx)) === 0) {
      throw fail.conflict('不能停用或降级最后一个管理员');
    }
    if (passwordHash !== undefined || after.disabled) await deleteUserSessions(trx, username);
    const logged = passwordHash === undefined ? after : { ...after, passwordChanged: true };
    await audit({ action: 'update', entity: 'user', entityId: username, before, after: logged });
    return after;
  });
}
