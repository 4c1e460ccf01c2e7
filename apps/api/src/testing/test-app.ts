import { ROLES, type Dataset, type Role } from '@kaoping/contracts';
import { insertScheme, insertUser, insertVersion, openTestStore, replaceTable, updateUser, type DataRecords, type Store } from '@kaoping/store';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../app.ts';
import { inlineJobs } from '../jobs/jobs.ts';
import { DATASET } from './fixtures.ts';
import { testPack } from './test-pack.ts';
import { hashPassword } from '../auth/password.ts';
import type { AppDeps } from '../deps.ts';

export const PASSWORD = 'correct-horse-battery';
/** The reporter's unit. */
export const REPORTER_UNIT = 'J01';

export type Agent = ReturnType<typeof request.agent>;

export interface TestApp {
  store: Store;
  app: Express;
  /** A signed-in agent per role (cookies kept), plus `anonymous`. */
  as: Record<Role | 'anonymous', Agent>;
  login(role: Role): Promise<Agent>;
  close(): Promise<void>;
}

/** A fresh store with one user per role (username = role) and an app on it. */
export async function makeTestApp(deps: Partial<AppDeps> = {}): Promise<TestApp> {
  const store = await openTestStore();
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ROLES) {
    await insertUser(store.db, { username: role, passwordHash, role, unitId: role === 'reporter' ? REPORTER_UNIT : null });
  }
  // Jobs run inline unless a test passes a pool: most tests are not about the worker threads.
  const app = createApp({ store, loginRateLimit: { windowMs: 60_000, limit: 1000 }, checkResponses: true, jobs: inlineJobs, ...deps });
  const login = async (role: Role): Promise<Agent> => {
    const agent = request.agent(app);
    const res = await agent.post('/api/v1/auth/login').send({ username: role, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${JSON.stringify(res.body)}`);
    return agent;
  };
  const as = {
    admin: await login('admin'),
    evaluator: await login('evaluator'),
    reporter: await login('reporter'),
    viewer: await login('viewer'),
    anonymous: request.agent(app),
  };
  return {
    store,
    app,
    as,
    login,
    close: async () => {
      await deps.jobs?.close?.();
      await store.close();
    },
  };
}

/** Puts a scheme straight into the store (named after the pack, whose id becomes `id`): draft = pack, optionally published as version 1, and data. */
export async function putScheme(store: Store, id: string, json: unknown, data: Dataset, publish = true): Promise<void> {
  // A pack's id and name are its scheme's (README, Glossary).
  const named =
    typeof json === 'object' && json !== null && typeof (json as { name?: unknown }).name === 'string' ? (json as { name: string }).name : `方案 ${id}`;
  const pack = typeof json === 'object' && json !== null ? { ...json, id, name: named } : json;
  await insertScheme(store.db, { id, name: named, pack }, 'fixture');
  if (publish) await insertVersion(store.db, id, { pack, note: '初版', effectiveFrom: '2021-01-01' }, 'fixture');
  for (const table of ['units', 'targets', 'reports', 'events', 'projects'] as const) {
    await replaceTable(store.db, id, table, data[table] as DataRecords[typeof table][]);
  }
}

/** The usual fixture: a test app with scheme `demo` (the test pack, published as v1, and its data); the reporter is bound to it. */
export async function makeDemoApp(): Promise<TestApp> {
  const t = await makeTestApp();
  await putScheme(t.store, 'demo', testPack(), DATASET);
  await updateUser(t.store.db, 'reporter', { schemeId: 'demo' });
  return t;
}
