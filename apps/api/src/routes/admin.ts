import { contract } from '@kaoping/contracts';
import { listAudit, listUsers } from '@kaoping/store';
import { bind } from '../http/route.ts';
import { createUser } from '../services/users/create-user.ts';
import { patchUser } from '../services/users/patch-user.ts';

export const adminRoutes = [
  bind(contract.users.listUsers, async ({ deps }) => ({ data: await listUsers(deps.store.db) })),
  bind(contract.users.createUser, async ({ deps, body, user }) => ({ user: await createUser(deps.store, body, user.username) })),
  bind(contract.users.patchUser, async ({ deps, param, body, user }) => ({ user: await patchUser(deps.store, param('username'), body, user.username) })),
  bind(contract.users.listAudit, async ({ deps, query }) => ({ data: await listAudit(deps.store.db, query) })),
];
