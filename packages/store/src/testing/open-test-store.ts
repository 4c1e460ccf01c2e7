import { openStore, type Store } from '../open-store.ts';
import { createTestSchema } from './test-schema.ts';

/**
 * A throw-away store for tests: PGlite in memory, or, when DATABASE_URL is set, a fresh PostgreSQL
 * schema `kp_test_<random>` that `close()` drops again.
 */
export async function openTestStore(): Promise<Store> {
  const url = process.env['DATABASE_URL'];
  if (!url) return openStore();
  const test = await createTestSchema(url);
  const store = await openStore({ databaseUrl: url, schema: test.schema });
  return {
    ...store,
    close: async () => {
      await store.close();
      await test.drop();
    },
  };
}
