import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';
import { toUser, type User } from './users.ts';

/** Stores a session by the hash of its token (the token itself is only ever in the cookie). */
export async function insertSession(db: Db, session: { id: string; username: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({ id: session.id, username: session.username, created_at: nowIso(), expires_at: session.expiresAt }).execute();
}

/** A live session's user and when the session expires. */
export interface LiveSession {
  user: User;
  expiresAt: string;
}

/** The user of a live session: not expired, user not disabled. One query: it runs on every request. */
export async function getSessionUser(db: Db, id: string): Promise<User | undefined> {
  return (await getLiveSession(db, id))?.user;
}

/** Like getSessionUser, with the expiry, so that a cache can keep the session no longer than the database would. */
export async function getLiveSession(db: Db, id: string): Promise<LiveSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.username', 'sessions.username')
    .select(['users.username', 'users.role', 'users.scheme_id', 'users.unit_id', 'users.disabled', 'users.created_at', 'users.updated_at'])
    .select('sessions.expires_at')
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', nowIso())
    .executeTakeFirst();
  if (!row) return undefined;
  const user = toUser(row);
  return user.disabled ? undefined : { user, expiresAt: row.expires_at };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, username: string): Promise<void> {
  await db.deleteFrom('sessions').where('username', '=', username).execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).execute();
}
