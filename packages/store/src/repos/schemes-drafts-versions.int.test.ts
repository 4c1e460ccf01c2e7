import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { getDraft, saveDraft } from './drafts.ts';
import { countSchemes, getScheme, insertScheme, listSchemes } from './schemes.ts';
import { getVersion, insertVersion, listVersions, versionInForce } from './versions.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 's1', name: '方案一', pack: { id: 's1', n: 1 } }, 'alice');
});
afterAll(async () => {
  await store.close();
});

describe('schemes and drafts', () => {
  it('creates a scheme with a draft at revision 1', async () => {
    expect(await countSchemes(store.db)).toBe(1);
    expect(await getScheme(store.db, 's1')).toMatchObject({ id: 's1', name: '方案一', createdBy: 'alice', latestVersion: null });
    expect(await getDraft(store.db, 's1')).toMatchObject({ pack: { id: 's1', n: 1 }, revision: 1, updatedBy: 'alice' });
  });

  it('refuses a scheme id that exists', async () => {
    await expect(insertScheme(store.db, { id: 's1', name: 'x', pack: {} }, 'bob')).rejects.toThrow();
  });

  it('saves a draft only against the current revision', async () => {
    expect(await saveDraft(store.db, 's1', { n: 2 }, 1, 'bob')).toBe(2);
    expect(await saveDraft(store.db, 's1', { n: 3 }, 1, 'carol')).toBeNull();
    expect(await getDraft(store.db, 's1')).toMatchObject({ pack: { n: 2 }, revision: 2, updatedBy: 'bob' });
  });
});

describe('versions', () => {
  it('numbers versions and picks the one in force on a date', async () => {
    const v1 = await insertVersion(store.db, 's1', { pack: { v: 1 }, note: '初版', effectiveFrom: '2021-01-01' }, 'alice');
    const v2 = await insertVersion(store.db, 's1', { pack: { v: 2 }, note: '下半年', effectiveFrom: '2021-07-01' }, 'bob');
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await listVersions(store.db, 's1')).map((v) => v.version)).toEqual([2, 1]);
    expect(await getVersion(store.db, 's1', 1)).toMatchObject({ pack: { v: 1 }, note: '初版', createdBy: 'alice' });
    expect((await versionInForce(store.db, 's1', '2020-12-31'))?.version).toBeUndefined();
    expect((await versionInForce(store.db, 's1', '2021-06-30'))?.version).toBe(1);
    expect((await versionInForce(store.db, 's1', '2021-07-01'))?.version).toBe(2);
    expect((await listSchemes(store.db))[0]?.latestVersion).toBe(2);
  });

  it('rejects an empty change note at the database level', async () => {
    await expect(insertVersion(store.db, 's1', { pack: {}, note: '', effectiveFrom: '2021-01-01' }, 'a')).rejects.toThrow();
  });
});
