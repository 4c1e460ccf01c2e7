import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';

/**
 * Applies every migration not yet recorded in `kp_migrations`, each in its own transaction. An advisory
 * lock keeps two servers starting at once on the same PostgreSQL database from racing.
 * Returns the ids applied.
 */
export async function migrate(db: Kysely<Database>, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  await sql`CREATE TABLE IF NOT EXISTS kp_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`.execute(db);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(4242, 1)`.execute(trx);
      const row = await trx.selectFrom('kp_migrations').select('id').where('id', '=', migration.id).executeTakeFirst();
      if (row) return false;
      for (const statement of migration.statements) await sql.raw(statement).execute(trx);
      await trx.insertInto('kp_migrations').values({ id: migration.id, name: migration.name, applied_at: new Date().toISOString() }).execute();
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
