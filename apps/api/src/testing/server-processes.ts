import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTestSchema, type TestSchema } from '@kaoping/store';
import { afterAll, beforeAll, inject } from 'vitest';
import { REPO_ROOT } from '../env.ts';
import { freePort, spawnServer, type Spawned } from './spawn-server.ts';

/** The administrator every process is seeded with, and the one reference scheme (published, with its data). */
const ADMIN = { username: 'boss', password: 'correct-horse-battery' };
export const SCHEME = 'gulou-2021';

/** GET /jobs/:id, as far as these tests read it. */
interface Job {
  state: string;
  attempts: number;
  result: { batchId?: string; runId?: string } | null;
  error: { code: string; message: string } | null;
}

/** A server process, signed in as ADMIN. */
export interface ServerProcess {
  server: Spawned;
  /** A JSON request (the body, when given, is sent as JSON). */
  call: (method: string, path: string, body?: unknown) => Promise<Response>;
  /** POSTs a file's text as the raw body, with its content type. */
  upload: (path: string, text: string, type: string) => Promise<Response>;
  job: (id: string) => Promise<Job>;
  /** Polls the job until `done` holds for it. */
  until: (id: string, done: (j: Job) => boolean) => Promise<Job>;
  /** kill -9, and waits for the process to be gone. */
  kill: () => Promise<void>;
}

/** The one reference scheme in a rules folder of its own. */
function oneRuleDir(prefix: string): string {
  const dir = join(mkdtempSync(join(inject('scratchDir'), `${prefix}-rules-`)), 'rules');
  mkdirSync(dir);
  symlinkSync(join(REPO_ROOT, 'rules', SCHEME), join(dir, SCHEME));
  return dir;
}

/**
 * Server processes (main.ts, each its own node) that share one database — the embedded one in a folder, or a fresh
 * PostgreSQL schema when DATABASE_URL is set — for tests that kill them mid-job. Call it inside a `describe`: it
 * registers the database's set-up and, afterwards, kills every process still running and drops the schema.
 * `env` (the job queue's settings) goes to every process; `start` adds a process's own.
 */
export function serverProcesses(prefix: string, env: Record<string, string>): { start: (own?: Record<string, string>) => Promise<ServerProcess> } {
  const running: Spawned[] = [];
  let schema: TestSchema | undefined;
  let common: Record<string, string> = {};

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'];
    schema = url === undefined ? undefined : await createTestSchema(url);
    const database = schema === undefined ? { KAOPING_DATA_DIR: mkdtempSync(join(inject('scratchDir'), `${prefix}-data-`)) } : { DATABASE_URL: schema.url };
    common = { ...database, KAOPING_RULES_DIR: oneRuleDir(prefix), KAOPING_ADMIN_USER: ADMIN.username, KAOPING_ADMIN_PASSWORD: ADMIN.password, ...env };
  });

  afterAll(async () => {
    for (const s of running) s.child.kill('SIGKILL');
    await Promise.all(running.map((s) => s.exited));
    await schema?.drop();
  });

  async function start(own: Record<string, string> = {}): Promise<ServerProcess> {
    const port = await freePort();
    const server = spawnServer({ ...common, PORT: String(port), ...own });
    running.push(server);
    await server.ready;
    const base = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    if (login.status !== 200) throw new Error(`signing in as ${ADMIN.username} answered ${login.status}: ${await login.text()}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const send = (method: string, path: string, type: string, body: string | undefined) =>
      fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': type }, ...(body === undefined ? {} : { body }) });
    const call = (method: string, path: string, body?: unknown) =>
      send(method, path, 'application/json', body === undefined ? undefined : JSON.stringify(body));
    const job = async (id: string) => (await (await call('GET', `/jobs/${id}`)).json()) as Job;
    const until = async (id: string, done: (j: Job) => boolean): Promise<Job> => {
      // A generous bound so that a job that never gets there fails with its last state, not a bare timeout.
      for (let k = 0; ; k++) {
        const j = await job(id);
        if (done(j)) return j;
        if (k === 600) throw new Error(`job ${id} stayed ${JSON.stringify(j)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const kill = async () => {
      server.child.kill('SIGKILL');
      await server.exited;
    };
    return { server, call, upload: (path, text, type) => send('POST', path, type, text), job, until, kill };
  }

  return { start };
}
