import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../open-store.ts';

/**
 * A throw-away store for tests: PGlite in memory, or, when DATABASE_URL is set, a fresh PostgreSQL
 * schema `kp_test_<random>` that `close()` drops again.
 */
export async function openTestStore(): Promise<Store> {
  const url = process.env['DATABASE_URL'];
  if (!url) return openStore();
  const schema = `kp_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: url, schema });
  return {
    ...store,
    close: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
