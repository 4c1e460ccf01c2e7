import type { Role } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

/** A user as the API shows it: never the password hash. */
export interface User {
  username: string;
  role: Role;
  /** A reporter's scheme and unit (from that scheme's unit list); null for other roles and unbound reporters. */
  schemeId: string | null;
  unitId: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserPatch {
  role?: Role;
  schemeId?: string | null;
  unitId?: string | null;
  disabled?: boolean;
  passwordHash?: string;
}

export async function insertUser(
  db: Db,
  user: { username: string; passwordHash: string; role: Role; schemeId?: string | null; unitId: string | null },
): Promise<User> {
  const at = nowIso();
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      password_hash: user.passwordHash,
      role: user.role,
      unit_id: user.unitId,
      scheme_id: user.schemeId ?? null,
      disabled: false,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
}

export async function getUser(db: Db, username: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** For login only. */
export async function getPasswordHash(db: Db, username: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('username', '=', username).executeTakeFirst();
  return row?.password_hash;
}

export async function updateUser(db: Db, username: string, patch: UserPatch): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.schemeId === undefined ? {} : { scheme_id: patch.schemeId }),
      ...(patch.unitId === undefined ? {} : { unit_id: patch.unitId }),
      ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
      ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
      updated_at: nowIso(),
    })
    .where('username', '=', username)
    .returningAll()
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/**
 * Locks every admin row (SELECT … FOR UPDATE) until the transaction ends. Two transactions that each demote or
 * disable a different admin then run one after the other, so the second one's count sees the first one's change
 * (on PostgreSQL READ COMMITTED they would otherwise both count the other admin and leave none).
 */
export async function lockAdmins(trx: Db): Promise<void> {
  await trx.selectFrom('users').select('username').where('role', '=', 'admin').forUpdate().execute();
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface UserRow {
  username: string;
  role: string;
  scheme_id: string | null;
  unit_id: string | null;
  disabled: boolean;
  created_at: string;
  updated_at: string;
}

/** A users row as the app sees it (never the password hash). */
export function toUser(r: UserRow): User {
  return {
    username: r.username,
    role: r.role as Role,
    schemeId: r.scheme_id,
    unitId: r.unit_id,
    disabled: r.disabled,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
