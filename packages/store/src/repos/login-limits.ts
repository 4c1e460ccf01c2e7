import { sql } from 'kysely';
import type { Db } from '../database.ts';

/**
 * Counts one failed login for `key` in a fixed window, atomically, so every API process on the database shares
 * the count. A window that has ended starts again at 1. Returns the count and when the window ends.
 */
export async function countLoginFailure(db: Db, key: string, windowMs: number, now = new Date()): Promise<{ hits: number; resetAt: string }> {
  const at = now.toISOString();
  const resetAt = new Date(now.getTime() + windowMs).toISOString();
  const row = await db
    .insertInto('login_limits')
    .values({ key, hits: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`CASE WHEN login_limits.reset_at <= ${at} THEN 1 ELSE login_limits.hits + 1 END`,
        reset_at: sql<string>`CASE WHEN login_limits.reset_at <= ${at} THEN ${resetAt} ELSE login_limits.reset_at END`,
      }),
    )
    .returning(['hits', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: row.reset_at };
}

/** Takes back one count (the request turned out not to be a failure). */
export async function uncountLoginFailure(db: Db, key: string): Promise<void> {
  await db
    .updateTable('login_limits')
    .set({ hits: sql<number>`GREATEST(hits - 1, 0)` })
    .where('key', '=', key)
    .execute();
}

export async function resetLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_limits').where('key', '=', key).execute();
}
