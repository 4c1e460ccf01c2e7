import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { appendAudit, listAudit } from './audit.ts';
import { deleteSession, getSessionUser, insertSession } from './sessions.ts';
import { countActiveAdmins, getPasswordHash, insertUser, listUsers, updateUser } from './users.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertUser(store.db, { username: 'root', passwordHash: 'h1', role: 'admin', unitId: null });
  await insertUser(store.db, { username: 'j01', passwordHash: 'h2', role: 'reporter', unitId: 'J01' });
});
afterAll(async () => {
  await store.close();
});

describe('users', () => {
  it('never lists password hashes', async () => {
    const users = await listUsers(store.db);
    expect(users.map((u) => u.username)).toEqual(['j01', 'root']);
    expect(JSON.stringify(users)).not.toContain('h1');
    expect(await getPasswordHash(store.db, 'root')).toBe('h1');
  });

  it('requires a unit for reporters and only for reporters', async () => {
    await expect(insertUser(store.db, { username: 'r2', passwordHash: 'h', role: 'reporter', unitId: null })).rejects.toThrow();
    await expect(insertUser(store.db, { username: 'v2', passwordHash: 'h', role: 'viewer', unitId: 'J01' })).rejects.toThrow();
  });

  it('counts active admins', async () => {
    expect(await countActiveAdmins(store.db)).toBe(1);
    await updateUser(store.db, 'root', { disabled: true });
    expect(await countActiveAdmins(store.db)).toBe(0);
    await updateUser(store.db, 'root', { disabled: false });
  });
});

describe('sessions', () => {
  it('finds the user of a live session only', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    await insertSession(store.db, { id: 'live', username: 'j01', expiresAt: future });
    await insertSession(store.db, { id: 'old', username: 'j01', expiresAt: '2000-01-01T00:00:00.000Z' });
    expect((await getSessionUser(store.db, 'live'))?.unitId).toBe('J01');
    expect(await getSessionUser(store.db, 'old')).toBeUndefined();
    await updateUser(store.db, 'j01', { disabled: true });
    expect(await getSessionUser(store.db, 'live')).toBeUndefined();
    await updateUser(store.db, 'j01', { disabled: false });
    await deleteSession(store.db, 'live');
    expect(await getSessionUser(store.db, 'live')).toBeUndefined();
  });
});

describe('audit log', () => {
  it('filters by entity, user and an inclusive date range', async () => {
    await appendAudit(store.db, { actor: 'root', action: 'create', entity: 'scheme', entityId: 's1', after: { a: 1 } });
    await appendAudit(store.db, { actor: 'bob', action: 'update', entity: 'draft', entityId: 's1', before: { a: 1 }, after: { a: 2 } });
    expect((await listAudit(store.db)).map((e) => e.action)).toEqual(['update', 'create']);
    expect(await listAudit(store.db, { entity: 'draft' })).toMatchObject([{ createdBy: 'bob', before: { a: 1 }, after: { a: 2 } }]);
    expect((await listAudit(store.db, { user: 'root' }))[0]?.before).toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    expect(await listAudit(store.db, { from: today, to: today })).toHaveLength(2);
    expect(await listAudit(store.db, { to: '2000-01-01' })).toHaveLength(0);
  });

  it('is rolled back with the transaction that wrote it', async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await appendAudit(trx, { actor: 'x', action: 'a', entity: 'e', entityId: 'lost' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await listAudit(store.db, { entity: 'e' })).toHaveLength(0);
  });
});
