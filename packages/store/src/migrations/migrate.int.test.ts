import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('migrate', () => {
  it('records every migration once and is a no-op when run again', async () => {
    const rows = await store.db.selectFrom('kp_migrations').select(['id', 'name']).orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(store.db)).toEqual([]);
  });

  it('applies a new migration and rolls back a failing one completely', async () => {
    const ok = { id: 1001, name: 'extra', statements: ['CREATE TABLE kp_extra (x integer)'] };
    expect(await migrate(store.db, [...MIGRATIONS, ok])).toEqual([1001]);
    const bad = { id: 1002, name: 'bad', statements: ['CREATE TABLE kp_bad (x integer)', 'SELECT * FROM no_such_table'] };
    await expect(migrate(store.db, [...MIGRATIONS, ok, bad])).rejects.toThrow();
    const tables = await sql<{ n: string }>`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'kp_bad'`.execute(store.db);
    expect(Number(tables.rows[0]?.n)).toBe(0);
    const ids = await store.db.selectFrom('kp_migrations').select('id').where('id', '>', 1000).execute();
    expect(ids.map((r) => r.id)).toEqual([1001]);
  });
});
