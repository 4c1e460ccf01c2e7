import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTestSchema, type TestSchema } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../env.ts';
import { freePort, spawnServer, type Spawned } from '../testing/spawn-server.ts';

const DATABASE_URL = process.env['DATABASE_URL'];
const ADMIN = { username: 'boss', password: 'correct-horse-battery' };

/** Two API processes on one PostgreSQL schema, as behind a load balancer: nothing that matters is per process. */
describe.skipIf(DATABASE_URL === undefined)('several API instances on one PostgreSQL database', () => {
  let schema: TestSchema;
  const servers: Spawned[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    schema = await createTestSchema(DATABASE_URL ?? '');
    // One reference scheme (published, with data) to run; the rest of the tests make their own.
    const rules = join(mkdtempSync(join(inject('scratchDir'), 'one-rule-')), 'rules');
    mkdirSync(rules);
    symlinkSync(join(REPO_ROOT, 'rules', 'gulou-2021'), join(rules, 'gulou-2021'));
    // One after the other: the first migrates and creates the admin, the second finds both done.
    // Instance 0 is web-only (KAOPING_JOB_WORKERS=0): it queues jobs and instance 1 executes them.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const server = spawnServer({
        DATABASE_URL: schema.url,
        PORT: String(port),
        KAOPING_RULES_DIR: rules,
        KAOPING_ADMIN_USER: ADMIN.username,
        KAOPING_ADMIN_PASSWORD: ADMIN.password,
        KAOPING_JOB_WORKERS: i === 0 ? '0' : '2',
        KAOPING_JOB_POLL_MS: '200',
      });
      servers.push(server);
      await server.ready;
      bases.push(`http://127.0.0.1:${port}/api/v1`);
    }
  }, 300_000);

  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));
    await schema.drop();
  });

  const call = (i: number, method: string, path: string, cookie: string, body?: unknown) =>
    fetch(`${bases[i] ?? ''}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const logIn = async (i: number, password = ADMIN.password) => {
    const res = await call(i, 'POST', '/auth/login', '', { username: ADMIN.username, password });
    return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  };

  it('serves a session made by one instance on the other, and ends it on both at logout', async () => {
    const { status, cookie } = await logIn(0);
    expect(status).toBe(200);
    const me = await call(1, 'GET', '/auth/me', cookie);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe(ADMIN.username);
    expect((await call(1, 'POST', '/auth/logout', cookie)).status).toBe(204);
    expect((await call(0, 'GET', '/auth/me', cookie)).status).toBe(401);
  });

  it('refuses on one instance a session ended on the other, after the second had it cached', async () => {
    const { cookie } = await logIn(0);
    // Instance 1 now holds the session in its read cache.
    expect((await call(1, 'GET', '/auth/me', cookie)).status).toBe(200);
    expect((await call(1, 'GET', '/auth/me', cookie)).status).toBe(200);
    expect((await call(0, 'POST', '/auth/logout', cookie)).status).toBe(204);
    // Instance 1 hears of it by NOTIFY after the commit: within milliseconds, given up to 2 s here.
    await expect.poll(async () => (await call(1, 'GET', '/auth/me', cookie)).status, { timeout: 2000, interval: 10 }).toBe(401);
  });

  it('refuses on one instance a user disabled on the other', async () => {
    const admin = await logIn(0);
    const made = await call(0, 'POST', '/users', admin.cookie, { username: 'other', password: ADMIN.password, role: 'viewer' });
    expect(made.status).toBe(201);
    const login = await call(1, 'POST', '/auth/login', '', { username: 'other', password: ADMIN.password });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await call(1, 'GET', '/auth/me', cookie)).status).toBe(200);
    expect((await call(0, 'PATCH', '/users/other', admin.cookie, { disabled: true })).status).toBe(200);
    await expect.poll(async () => (await call(1, 'GET', '/auth/me', cookie)).status, { timeout: 2000, interval: 10 }).toBe(401);
  });

  it('refuses a draft saved on one instance against a revision the other already replaced (409)', async () => {
    const { cookie } = await logIn(0);
    expect((await call(0, 'POST', '/schemes', cookie, { id: 'multi', name: '多实例方案' })).status).toBe(201);
    const draft = (await (await call(1, 'GET', '/schemes/multi/draft', cookie)).json()) as { revision: number; pack: unknown };
    const saved = await call(0, 'PUT', '/schemes/multi/draft', cookie, { pack: draft.pack, revision: draft.revision });
    expect(saved.status).toBe(200);
    const stale = await call(1, 'PUT', '/schemes/multi/draft', cookie, { pack: draft.pack, revision: draft.revision });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('CONFLICT');
  });

  it('finishes on instance 1 a run queued on instance 0, and answers both the job and the synchronous run on 0', async () => {
    const { cookie } = await logIn(0);
    const queued = await call(0, 'POST', '/schemes/gulou-2021/jobs/runs', cookie, { asOf: '2021-06-30', acceptGaps: true });
    expect(queued.status).toBe(202);
    const { id } = (await queued.json()) as { id: string };
    let job: { state: string; result: { runId: string } | null } = { state: 'queued', result: null };
    for (let k = 0; k < 600 && job.state !== 'done' && job.state !== 'failed'; k++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await (await call(0, 'GET', `/jobs/${id}`, cookie)).json()) as typeof job;
    }
    expect(job.state).toBe('done');
    expect((await call(0, 'GET', `/runs/${job.result?.runId ?? ''}`, cookie)).status).toBe(200);
    // The synchronous route on the web-only instance waits for the job that instance 1 executes.
    const sync = await call(0, 'POST', '/schemes/gulou-2021/runs', cookie, { asOf: '2021-06-30', acceptGaps: true });
    expect(sync.status).toBe(201);
    expect(((await sync.json()) as { createdBy: string }).createdBy).toBe(ADMIN.username);
  }, 120_000);

  it('counts failed logins on both instances against one limit (10 per window)', async () => {
    for (let i = 0; i < 10; i++) expect((await logIn(i % 2, 'wrong-password-1')).status).toBe(401);
    // The 11th attempt is refused on either instance, even with the right password.
    expect((await logIn(0)).status).toBe(429);
    expect((await logIn(1)).status).toBe(429);
  });
});
