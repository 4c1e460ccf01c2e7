import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { claimJob, failAbandonedJobs, finishJob, getJob, insertJob, renewJobLease, setJobProgress } from './jobs.ts';
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

  it('claims a running job again once its lease has expired, fences the old claim, and gives up after the last attempt', async () => {
    // A lease of −1 ms has expired as soon as it is taken (a process that died at once); 60 s holds.
    const holds = { leaseMs: 60_000, maxAttempts: 2 };
    const dies = { leaseMs: -1, maxAttempts: 2 };
    await insertJob(store.db, { id: 'r1', kind: 'run', schemeId: 'a', input: '{}', createdBy: 'evaluator' });
    expect(await claimJob(store.db, holds)).toMatchObject({ id: 'r1', state: 'running', attempts: 1 });
    // While the lease holds (or is renewed), nobody else gets the job.
    expect(await claimJob(store.db, holds)).toBeUndefined();
    expect(await renewJobLease(store.db, { id: 'r1', attempts: 1 }, -1)).toBe(true);
    expect(await claimJob(store.db, dies)).toMatchObject({ id: 'r1', attempts: 2 });
    // The first claim's process may still be alive: its heartbeat, progress and ending are refused.
    expect(await renewJobLease(store.db, { id: 'r1', attempts: 1 }, 60_000)).toBe(false);
    await setJobProgress(store.db, { id: 'r1', attempts: 1 }, 70, '{"phase":"writing"}');
    expect(await finishJob(store.db, { id: 'r1', attempts: 1 }, { result: '{}' })).toBe(false);
    expect((await getJob(store.db, 'r1'))?.progress).toBe(0);
    // Both attempts died: no third claim; the job is failed with the given error.
    expect(await claimJob(store.db, holds)).toBeUndefined();
    const lease = holds;
    expect(await failAbandonedJobs(store.db, lease.maxAttempts, (n) => JSON.stringify({ attempts: n }))).toEqual(['r1']);
    expect(await getJob(store.db, 'r1')).toMatchObject({ state: 'failed', error: '{"attempts":2}', leaseUntil: null });
    expect(await failAbandonedJobs(store.db, lease.maxAttempts, () => '{}')).toEqual([]);
  });
});
