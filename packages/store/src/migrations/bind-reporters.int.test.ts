import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { insertScheme } from '../repos/schemes.ts';
import { getUser, insertUser } from '../repos/users.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { MIGRATIONS } from './migrations.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

/** Replays migration 11's backfill on reporters created as before it (no scheme). */
async function backfill(): Promise<void> {
  const statement = MIGRATIONS.find((m) => m.id === 11)?.statements[1];
  if (statement === undefined) throw new Error('migration 11 has no backfill');
  await sql.raw(statement).execute(store.db);
}

describe('migration 11: reporters bound to a scheme', () => {
  it('binds each reporter to the oldest scheme listing its unit and leaves the others unbound', async () => {
    for (const id of ['old', 'new']) {
      await insertScheme(store.db, { id, name: id, pack: {} }, 'admin');
      await store.db
        .updateTable('schemes')
        .set({ created_at: id === 'old' ? '2020-01-01T00:00:00Z' : '2026-01-01T00:00:00Z' })
        .where('id', '=', id)
        .execute();
    }
    await store.db
      .insertInto('units')
      .values([
        { scheme_id: 'new', seq: 0, id: 'J01', name: '一号', group_ref: null },
        { scheme_id: 'old', seq: 0, id: 'J01', name: '一号', group_ref: null },
        { scheme_id: 'new', seq: 1, id: 'J02', name: '二号', group_ref: null },
      ])
      .execute();
    await insertUser(store.db, { username: 'r1', passwordHash: 'h', role: 'reporter', unitId: 'J01' });
    await insertUser(store.db, { username: 'r2', passwordHash: 'h', role: 'reporter', unitId: 'J02' });
    await insertUser(store.db, { username: 'r9', passwordHash: 'h', role: 'reporter', unitId: 'X99' });
    await insertUser(store.db, { username: 'v1', passwordHash: 'h', role: 'viewer', unitId: null });
    await backfill();
    expect((await getUser(store.db, 'r1'))?.schemeId).toBe('old');
    expect((await getUser(store.db, 'r2'))?.schemeId).toBe('new');
    expect((await getUser(store.db, 'r9'))?.schemeId).toBeNull();
    expect((await getUser(store.db, 'v1'))?.schemeId).toBeNull();
  });

  it('unbinds a reporter when its scheme is deleted', async () => {
    await store.db.deleteFrom('schemes').where('id', '=', 'old').execute();
    expect((await getUser(store.db, 'r1'))?.schemeId).toBeNull();
  });
});
