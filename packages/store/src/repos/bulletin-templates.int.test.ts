import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { getBulletinTemplate, putBulletinTemplate } from './bulletin-templates.ts';
import { insertScheme } from './schemes.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 's1', name: '方案一', pack: {} }, 'alice');
});
afterAll(async () => {
  await store.close();
});

describe('bulletin templates', () => {
  it('has none until one is saved, then returns the latest save', async () => {
    expect(await getBulletinTemplate(store.db, 's1')).toBeUndefined();
    await putBulletinTemplate(store.db, 's1', { title: '一' }, 'alice');
    await putBulletinTemplate(store.db, 's1', { title: '二' }, 'bob');
    expect(await getBulletinTemplate(store.db, 's1')).toMatchObject({ template: { title: '二' }, updatedBy: 'bob' });
  });

  it('goes with its scheme', async () => {
    await store.db.deleteFrom('schemes').where('id', '=', 's1').execute();
    expect(await getBulletinTemplate(store.db, 's1')).toBeUndefined();
  });
});
