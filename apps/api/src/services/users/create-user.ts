import type { Role } from '@kaoping/contracts';
import type { Store, User } from '@kaoping/store';
import { getUser, insertUser } from '@kaoping/store';
import { hashPassword } from '../../auth/password.ts';
import { audited } from '../audit/audited.ts';
import { fail } from '../../errors/fail.ts';
import { requireBinding } from './require-binding.ts';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  schemeId?: string | null | undefined;
  unitId?: string | null | undefined;
}

/** Creates a user; a reporter is bound to a scheme and one of its units (the audit entry never holds the password or its hash). */
export async function createUser(store: Store, input: NewUser, actor: string): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return audited(store, actor, async (trx, audit) => {
    if (await getUser(trx, input.username)) throw fail.conflict(`用户 ${input.username} 已存在`);
    const binding = { schemeId: input.schemeId ?? null, unitId: input.unitId ?? null };
    await requireBinding(trx, input.role, binding);
    const user = await insertUser(trx, { username: input.username, passwordHash, role: input.role, ...binding });
    await audit({ action: 'create', entity: 'user', entityId: user.username, after: user });
    return user;
  });
}
