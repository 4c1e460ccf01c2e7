import { KaopingError, type Dataset } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../testing/fixtures.ts';
import { testPack } from '../testing/test-pack.ts';
import { runTask } from './job-tasks.ts';
import { WorkerPool } from './worker-pool.ts';

const runInput = { pack: testPack(), params: {}, dataset: DATASET as Dataset, asOf: '2021-06-30', acceptGaps: true };

async function failure(p: Promise<unknown>): Promise<KaopingError> {
  const e: unknown = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof KaopingError)) throw new Error(`expected a KaopingError, got ${String(e)}`);
  return e;
}

describe('the worker pool', () => {
  it('gives the same run output as this thread with its progress, and passes errors on with their code', async () => {
    const pool = new WorkerPool({ size: 1, timeMs: 120_000, heapMb: 512 });
    try {
      const phases: string[] = [];
      expect(await pool.run({ kind: 'run', input: runInput }, (p) => phases.push(`${p.phase} ${p.done}/${String(p.total)}`))).toEqual(runTask(runInput));
      // Progress crosses from the worker thread: compiling, then the units before and after evaluation.
      const units = DATASET.units.length;
      expect(phases).toEqual(['compiling 0/null', `evaluating 0/${units}`, `evaluating ${units}/${units}`]);
      const e = await failure(pool.run({ kind: 'run', input: { ...runInput, pack: { ...testPack(), total: 'nosuchname' } } }));
      expect(e.code).toBe('RULE_PACK_INVALID');
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('stops a job past its time limit with JOB_FAILED, and a fresh worker takes the next job', async () => {
    const pool = new WorkerPool({ size: 1, timeMs: 1, heapMb: 512 });
    try {
      const first = await failure(pool.run({ kind: 'run', input: runInput }));
      expect(first.code).toBe('JOB_FAILED');
      expect(first.message).toContain('运行超过');
      const second = await failure(pool.run({ kind: 'run', input: runInput }));
      expect(second.code).toBe('JOB_FAILED');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
