import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { countLoginFailure, resetLoginFailures, uncountLoginFailure } from './login-limits.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('login limits', () => {
  it('counts failures per key within the window, and starts again once it has ended', async () => {
    const t0 = new Date('2026-01-01T00:00:00.000Z');
    expect(await countLoginFailure(store.db, 'ip-a', 60_000, t0)).toEqual({ hits: 1, resetAt: '2026-01-01T00:01:00.000Z' });
    expect((await countLoginFailure(store.db, 'ip-a', 60_000, new Date('2026-01-01T00:00:30.000Z'))).hits).toBe(2);
    expect((await countLoginFailure(store.db, 'ip-b', 60_000, t0)).hits).toBe(1);
    const later = await countLoginFailure(store.db, 'ip-a', 60_000, new Date('2026-01-01T00:01:00.000Z'));
    expect(later).toEqual({ hits: 1, resetAt: '2026-01-01T00:02:00.000Z' });
  });

  it('counts concurrent failures exactly once each', async () => {
    const at = new Date('2026-02-01T00:00:00.000Z');
    const counts = await Promise.all(Array.from({ length: 8 }, () => countLoginFailure(store.db, 'ip-c', 60_000, at)));
    expect(counts.map((c) => c.hits).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('takes a count back and resets a key', async () => {
    const at = new Date('2026-03-01T00:00:00.000Z');
    await countLoginFailure(store.db, 'ip-d', 60_000, at);
    await countLoginFailure(store.db, 'ip-d', 60_000, at);
    await uncountLoginFailure(store.db, 'ip-d');
    expect((await countLoginFailure(store.db, 'ip-d', 60_000, at)).hits).toBe(2);
    await resetLoginFailures(store.db, 'ip-d');
    expect((await countLoginFailure(store.db, 'ip-d', 60_000, at)).hits).toBe(1);
  });
});
