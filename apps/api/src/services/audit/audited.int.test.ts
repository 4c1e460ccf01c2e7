import { insertScheme, listAudit, listSchemes, openTestStore, type Store } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audited } from './audited.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

const ids = async () => (await listSchemes(store.db)).map((s) => s.id);

describe('audited', () => {
  it('commits the change and its audit entry together, as the actor', async () => {
    const answer = await audited(store, 'alice', async (trx, audit) => {
      await insertScheme(trx, { id: 'kept', name: '留下的方案', pack: {} }, 'alice');
      await audit({ action: 'create', entity: 'scheme', entityId: 'kept' });
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await ids()).toContain('kept');
    expect((await listAudit(store.db, { entity: 'scheme' })).map((e) => [e.createdBy, e.entityId])).toContainEqual(['alice', 'kept']);
  });

  it('rolls both back when the change fails after auditing', async () => {
    const failing = audited(store, 'alice', async (trx, audit) => {
      await insertScheme(trx, { id: 'lost', name: '丢弃的方案', pack: {} }, 'alice');
      await audit({ action: 'create', entity: 'scheme', entityId: 'lost' });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await ids()).not.toContain('lost');
    expect((await listAudit(store.db, { entity: 'scheme' })).map((e) => e.entityId)).not.toContain('lost');
  });

  it('refuses and rolls back a change that wrote no audit entry', async () => {
    const silent = audited(store, 'bob', async (trx) => {
      await insertScheme(trx, { id: 'silent', name: '未审计的方案', pack: {} }, 'bob');
    });
    await expect(silent).rejects.toThrow(/no audit entry/);
    expect(await ids()).not.toContain('silent');
  });
});
