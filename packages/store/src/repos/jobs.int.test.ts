import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { claimJob, finishJob, getJob, insertJob, setJobProgress } from './jobs.ts';
import { insertScheme } from './schemes.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'a', name: 'A', pack: {} }, 'x');
});
afterAll(async () => {
  await store.close();
});

describe('the jobs queue', () => {
  it('hands out each queued job once, oldest first, and records how it ended', async () => {
    await insertJob(store.db, { id: 'j1', kind: 'run', schemeId: 'a', input: '{}', createdBy: 'evaluator' });
    await insertJob(store.db, { id: 'j2', kind: 'import', schemeId: 'a', input: '{}', createdBy: 'evaluator' });
    const [first, second] = await Promise.all([claimJob(store.db), claimJob(store.db)]);
    expect([first?.id, second?.id].sort()).toEqual(['j1', 'j2']);
    expect(first?.state).toBe('running');
    expect(await claimJob(store.db)).toBeUndefined();
    await setJobProgress(store.db, 'j1', 40);
    expect((await getJob(store.db, 'j1'))?.progress).toBe(40);
    await finishJob(store.db, 'j1', { result: '{"ok":true}' });
    await finishJob(store.db, 'j2', { error: '{"code":"JOB_FAILED"}' });
    expect(await getJob(store.db, 'j1')).toMatchObject({ state: 'done', progress: 100, result: '{"ok":true}', error: null });
    expect(await getJob(store.db, 'j2')).toMatchObject({ state: 'failed', error: '{"code":"JOB_FAILED"}' });
    expect(await getJob(store.db, 'nope')).toBeUndefined();
  });
});
