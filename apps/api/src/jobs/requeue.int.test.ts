import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTestSchema, type TestSchema } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../env.ts';
import { freePort, spawnServer, type Spawned } from '../testing/spawn-server.ts';

const DATABASE_URL = process.env['DATABASE_URL'];
const ADMIN = { username: 'boss', password: 'correct-horse-battery' };
const SCHEME = 'gulou-2021';
const running: Spawned[] = [];

interface Job {
  state: string;
  attempts: number;
  result: { runId?: string } | null;
  error: { code: string; message: string } | null;
}

/** One reference scheme (published, with its data) seeded into the empty database. */
function oneRuleDir(): string {
  const dir = join(mkdtempSync(join(inject('scratchDir'), 'requeue-rules-')), 'rules');
  mkdirSync(dir);
  symlinkSync(join(REPO_ROOT, 'rules', SCHEME), join(dir, SCHEME));
  return dir;
}

describe('jobs of a process that was killed (kill -9)', () => {
  let schema: TestSchema | undefined;
  let common: Record<string, string>;

  beforeAll(async () => {
    // The embedded database in a folder, or a fresh PostgreSQL schema when DATABASE_URL is set.
    schema = DATABASE_URL === undefined ? undefined : await createTestSchema(DATABASE_URL);
    const database = schema === undefined ? { KAOPING_DATA_DIR: mkdtempSync(join(inject('scratchDir'), 'requeue-data-')) } : { DATABASE_URL: schema.url };
    common = {
      ...database,
      KAOPING_RULES_DIR: oneRuleDir(),
      KAOPING_ADMIN_USER: ADMIN.username,
      KAOPING_ADMIN_PASSWORD: ADMIN.password,
      KAOPING_JOB_LEASE_MS: '4000',
      KAOPING_JOB_POLL_MS: '200',
      KAOPING_JOB_MAX_ATTEMPTS: '2',
    };
  });

  afterAll(async () => {
    for (const s of running) s.child.kill('SIGKILL');
    await Promise.all(running.map((s) => s.exited));
    await schema?.drop();
  });

  async function start(env: Record<string, string> = {}) {
    const port = await freePort();
    const server = spawnServer({ ...common, PORT: String(port), ...env });
    running.push(server);
    await server.ready;
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const job = async (id: string) => (await (await call('GET', `/jobs/${id}`)).json()) as Job;
    /** Polls the job until `done` holds for it. */
    const until = async (id: string, done: (j: Job) => boolean): Promise<Job> => {
      // A generous bound so that a job that never gets there fails with its last state, not a bare timeout.
      for (let k = 0; ; k++) {
        const j = await job(id);
        if (done(j)) return j;
        if (k === 600) throw new Error(`job ${id} stayed ${JSON.stringify(j)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    return { server, call, until };
  }

  async function kill(server: Spawned): Promise<void> {
    server.child.kill('SIGKILL');
    await server.exited;
  }

  it('claims a dead process’s run again after its lease and finishes it; fails one whose every attempt died', async () => {
    // A: takes the first run and dies holding it (attempt 1).
    const a = await start({ KAOPING_TEST_FAULTS: 'hang-jobs' });
    const first = (await (await a.call('POST', `/schemes/${SCHEME}/jobs/runs`, { asOf: '2021-06-30', acceptGaps: true })).json()) as { id: string };
    await a.until(first.id, (j) => j.state === 'running' && j.attempts === 1);
    await kill(a.server);

    // B: claims the first run again once A's lease has expired (attempt 2), takes a second run (attempt 1), and dies too.
    const b = await start({ KAOPING_TEST_FAULTS: 'hang-jobs' });
    const second = (await (await b.call('POST', `/schemes/${SCHEME}/jobs/runs`, { asOf: '2021-06-30', acceptGaps: true })).json()) as { id: string };
    await b.until(first.id, (j) => j.state === 'running' && j.attempts === 2);
    await b.until(second.id, (j) => j.state === 'running' && j.attempts === 1);
    await kill(b.server);

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
