import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { listRecords, replaceTable } from './data-tables.ts';
import { getScheme, insertScheme, setReviewRequired } from './schemes.ts';
import { insertVersion, listVersions, reviewVersion, versionInForce } from './versions.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'r1', name: '复核方案', pack: {} }, 'alice');
});
afterAll(async () => {
  await store.close();
});

describe('four-eyes review of versions', () => {
  it('stores 发布需复核 per scheme, off by default', async () => {
    expect((await getScheme(store.db, 'r1'))?.reviewRequired).toBe(false);
    await setReviewRequired(store.db, 'r1', true);
    expect((await getScheme(store.db, 'r1'))?.reviewRequired).toBe(true);
  });

  it('keeps a pending version out of force until it is approved, and a rejected one for good', async () => {
    await insertVersion(store.db, 'r1', { pack: { v: 1 }, note: '初版', effectiveFrom: '2021-01-01' }, 'alice');
    const v2 = await insertVersion(store.db, 'r1', { pack: { v: 2 }, note: '改', effectiveFrom: '2021-04-01', needsReview: true }, 'alice');
    const v3 = await insertVersion(store.db, 'r1', { pack: { v: 3 }, note: '再改', effectiveFrom: '2021-04-01', needsReview: true }, 'alice');
    expect(v2.review).toEqual({ status: 'pending', by: null, at: null, note: null });
    expect((await versionInForce(store.db, 'r1', '2021-06-30'))?.version).toBe(1);
    expect(await reviewVersion(store.db, 'r1', v3.version, { status: 'rejected', by: 'bob', note: '口径不对' })).toBe(true);
    expect(await reviewVersion(store.db, 'r1', v2.version, { status: 'approved', by: 'bob', note: null })).toBe(true);
    expect(await reviewVersion(store.db, 'r1', v2.version, { status: 'rejected', by: 'carol', note: null })).toBe(false);
    expect((await versionInForce(store.db, 'r1', '2021-06-30'))?.version).toBe(2);
    const listed = await listVersions(store.db, 'r1');
    expect(listed.map((v) => [v.version, v.review.status, v.review.by])).toEqual([
      [3, 'rejected', 'bob'],
      [2, 'approved', 'bob'],
      [1, 'approved', null],
    ]);
  });
});

describe('unit aliases', () => {
  it('keeps a unit’s aliases, and no key at all for a unit without', async () => {
    await replaceTable(store.db, 'r1', 'units', [
      { id: 'U1', name: '梅坞街道', group: null, aliases: ['梅坞', '梅坞街'] },
      { id: 'U2', name: '城关镇', group: null },
    ]);
    expect(await listRecords(store.db, 'r1', 'units')).toEqual([
      { id: 'U1', name: '梅坞街道', group: null, aliases: ['梅坞', '梅坞街'] },
      { id: 'U2', name: '城关镇', group: null },
    ]);
  });
});
