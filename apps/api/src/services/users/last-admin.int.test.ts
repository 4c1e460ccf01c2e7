import { countActiveAdmins, insertUser, openTestStore, type Store } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchUser } from './patch-user.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('the last-admin rule', () => {
  // On PostgreSQL the two transactions run on two connections at once; PGlite runs them one after the other.
  it('holds when two admins demote or disable each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [`a${round}`, `b${round}`];
      for (const username of [a, b]) await insertUser(store.db, { username, passwordHash: 'x', role: 'admin', unitId: null });
      const settled = await Promise.allSettled([
        patchUser(store, a, { role: 'viewer' }, b),
        patchUser(store, b, round % 2 === 0 ? { role: 'viewer' } : { disabled: true }, a),
      ]);
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      expect(settled.find((s) => s.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT' });
      expect(await countActiveAdmins(store.db)).toBe(1);
      // Leave no admin from this round, so the next round starts with exactly two.
      await store.db.updateTable('users').set({ role: 'viewer' }).where('username', 'in', [a, b]).execute();
    }
  }, 60_000);
});
