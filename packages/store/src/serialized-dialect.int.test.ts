import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './open-store.ts';
import { insertScheme, listSchemes } from './repos/schemes.ts';
import { openTestStore } from './testing/open-test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('concurrent transactions', () => {
  it('keeps a failing transaction from taking a concurrent one down with it', async () => {
    const failing = store.db.transaction().execute(async (trx) => {
      await insertScheme(trx, { id: 'doomed', name: 'x', pack: {} }, 'a');
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('abort');
    });
    const succeeding = store.db.transaction().execute(async (trx) => {
      await insertScheme(trx, { id: 'kept', name: 'y', pack: {} }, 'b');
    });
    const plain = listSchemes(store.db);
    await expect(failing).rejects.toThrow('abort');
    await succeeding;
    await plain;
    expect((await listSchemes(store.db)).map((s) => s.id)).toEqual(['kept']);
  });
});
