import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTestSchema, type TestSchema } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../env.ts';
import { freePort, spawnServer, type Spawned } from '../testing/spawn-server.ts';

const DATABASE_URL = process.env['DATABASE_URL'];
const ADMIN = { username: 'boss', password: 'correct-horse-battery' };
const SCHEME = 'gulou-2021';
const HEADER = 'project_id,unit_id,name,industry,real_estate,total_investment_wan,signed_on,started_on,completed_on,is_foreign';
const CSV = `${HEADER}\nEO1,J01,一次项目1,二产,false,12000,2021-01-15,2021-03-20,,false\nEO2,J02,一次项目2,三产,false,13000,2021-01-15,2021-03-20,,false\n`;
const running: Spawned[] = [];

interface Job {
  state: string;
  attempts: number;
  result: { batchId?: string; runId?: string } | null;
}

function oneRuleDir(): string {
  const dir = join(mkdtempSync(join(inject('scratchDir'), 'once-rules-')), 'rules');
  mkdirSync(dir);
  symlinkSync(join(REPO_ROOT, 'rules', SCHEME), join(dir, SCHEME));
  return dir;
}

describe('a job whose process dies right after its effect committed (kill -9)', () => {
  let schema: TestSchema | undefined;
  let common: Record<string, string>;

  beforeAll(async () => {
    schema = DATABASE_URL === undefined ? undefined : await createTestSchema(DATABASE_URL);
    const database = schema === undefined ? { KAOPING_DATA_DIR: mkdtempSync(join(inject('scratchDir'), 'once-data-')) } : { DATABASE_URL: schema.url };
    common = {
      ...database,
      KAOPING_RULES_DIR: oneRuleDir(),
      KAOPING_ADMIN_USER: ADMIN.username,
      KAOPING_ADMIN_PASSWORD: ADMIN.password,
      KAOPING_JOB_LEASE_MS: '1000',
      KAOPING_JOB_POLL_MS: '200',
      KAOPING_JOB_MAX_ATTEMPTS: '3',
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
    const call = (method: string, path: string, body?: string, type = 'application/json') =>
      fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': type }, ...(body === undefined ? {} : { body }) });
    return { server, call };
  }

  it('is done once: a later process finds it finished and neither imports nor runs it again', async () => {
    const a = await start({ KAOPING_TEST_FAULTS: 'die-after-commit' });
    const projectsBefore = (await (await a.call('GET', `/schemes/${SCHEME}/projects`)).json()) as { data: unknown[] };
    const runsBefore = (await (await a.call('GET', `/schemes/${SCHEME}/runs`)).json()) as { data: unknown[] };
    const imported = (await (await a.call('POST', `/schemes/${SCHEME}/jobs/imports/projects?mode=append`, CSV, 'text/csv')).json()) as { id: string };
    // A kills itself right after the import's commit, before it answers anything else.
    const died = await a.server.exited;
    expect(died.code).toBe(null);
    const ran = await start({ KAOPING_TEST_FAULTS: 'die-after-commit' }).then(async (b) => {
      const run = (await (await b.call('POST', `/schemes/${SCHEME}/jobs/runs`, JSON.stringify({ asOf: '2021-06-30', acceptGaps: true }))).json()) as {
        id: string;
      };
      await b.server.exited;
      return run;
    });

    // C polls with leases of 1 s: had a job not been marked done with its effect, C would claim and execute it again.
    const c = await start();
    await new Promise((r) => setTimeout(r, 3000));
    const job = async (id: string) => (await (await c.call('GET', `/jobs/${id}`)).json()) as Job;
    const importJob = await job(imported.id);
    expect(importJob).toMatchObject({ state: 'done', attempts: 1 });
    const projects = (await (await c.call('GET', `/schemes/${SCHEME}/projects`)).json()) as { data: { id: string }[] };
    expect(projects.data.length).toBe(projectsBefore.data.length + 2);
    expect(projects.data.filter((p) => p.id.startsWith('EO')).map((p) => p.id)).toEqual(['EO1', 'EO2']);
    const batches = (await (await c.call('GET', `/schemes/${SCHEME}/imports`)).json()) as { data: { id: string }[] };
    expect(batches.data.map((b) => b.id)).toEqual([importJob.result?.batchId]);

    const runJob = await job(ran.id);
    expect(runJob).toMatchObject({ state: 'done', attempts: 1 });
    const runs = (await (await c.call('GET', `/schemes/${SCHEME}/runs`)).json()) as { data: { id: string }[] };
    expect(runs.data.map((r) => r.id)).toContain(runJob.result?.runId);
    expect(runs.data.length).toBe(runsBefore.data.length + 1);
  }, 300_000);
});
