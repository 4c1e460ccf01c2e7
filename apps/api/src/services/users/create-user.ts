import type { Role } from '@kaoping/contracts';
import type { Store, User } from '@kaoping/store';
import { appendAudit, getUser, insertUser } from '@kaoping/store';
import { hashPassword } from '../../auth/password.ts';
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
  return store.db.transaction().execute(async (trx) => {
    if (await getUser(trx, input.username)) throw fail.conflict(`用户 ${input.username} 已存在`);
    const binding = { schemeId: input.schemeId ?? null, unitId: input.unitId ?? null };
    await requireBinding(trx, input.role, binding);
    const user = await insertUser(trx, { username: input.username, passwordHash, role: input.role, ...binding });
    await appendAudit(trx, { actor, action: 'create', entity: 'user', entityId: user.username, after: user });
    return user;
  });
}
