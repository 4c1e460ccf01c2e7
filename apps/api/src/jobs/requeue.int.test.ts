import { describe, expect, it } from 'vitest';
import { SCHEME, serverProcesses } from '../testing/server-processes.ts';

describe('jobs of a process that was killed (kill -9)', () => {
  const { start } = serverProcesses('requeue', { KAOPING_JOB_LEASE_MS: '4000', KAOPING_JOB_POLL_MS: '200', KAOPING_JOB_MAX_ATTEMPTS: '2' });

  it('claims a dead process’s run again after its lease and finishes it; fails one whose every attempt died', async () => {
    // A: takes the first run and dies holding it (attempt 1).
    const a = await start({ KAOPING_TEST_FAULTS: 'hang-jobs' });
    const first = (await (await a.call('POST', `/schemes/${SCHEME}/jobs/runs`, { asOf: '2021-06-30', acceptGaps: true })).json()) as { id: string };
    await a.until(first.id, (j) => j.state === 'running' && j.attempts === 1);
    await a.kill();

    // B: claims the first run again once A's lease has expired (attempt 2), takes a second run (attempt 1), and dies too.
    const b = await start({ KAOPING_TEST_FAULTS: 'hang-jobs' });
    const second = (await (await b.call('POST', `/schemes/${SCHEME}/jobs/runs`, { asOf: '2021-06-30', acceptGaps: true })).json()) as { id: string };
    await b.until(first.id, (j) => j.state === 'running' && j.attempts === 2);
    await b.until(second.id, (j) => j.state === 'running' && j.attempts === 1);
    await b.kill();

    // C: the first run has had its 2 attempts and fails with a clear error; the second is claimed again and finished.
    const c = await start();
    const failed = await c.until(first.id, (j) => j.state === 'failed');
    expect(failed.error?.code).toBe('JOB_FAILED');
    expect(failed.error?.message).toContain('服务进程中断了 2 次');
    const done = await c.until(second.id, (j) => j.state === 'done');
    expect(done.attempts).toBe(2);
    expect(typeof done.result?.runId).toBe('string');
    expect((await c.call('GET', `/runs/${done.result?.runId ?? ''}`)).status).toBe(200);
  }, 300_000);
});
