import type { RunResult } from '@kaoping/contracts';
import { deleteUserSessions, releaseRun, updateUser, voidRun } from '@kaoping/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, REPORTER_UNIT, makeDemoApp, type Agent, type TestApp } from '../../testing/test-app.ts';
import { readCachesOf } from './read-caches.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const newRun = async () =>
  (await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-03-31', acceptGaps: true }).expect(201)).body.id as string;
const statusOf = async (agent: Agent, runId: string) => {
  const res = await agent.get(`/api/v1/runs/${runId}`);
  return res.status === 200 ? String((res.body as { status: string }).status) : res.status;
};
const unitsOf = (body: unknown) => (body as { result: RunResult }).result.groups.flatMap((g) => g.units.map((u) => u.unitId));

/**
 * A write made outside this app's requests (a job, a script, another instance on PostgreSQL) reaches the caches by
 * NOTIFY: on PGlite before the write's query resolves, on PostgreSQL a moment after the commit.
 */
const seenByNextRead = async (read: () => Promise<unknown>, expected: unknown) => {
  if (t.store.kind === 'pglite') expect(await read()).toEqual(expected);
  else await expect.poll(read, { timeout: 2000, interval: 20 }).toEqual(expected);
};

describe('read caches', () => {
  it('are listening, so repeated reads are served from memory', async () => {
    await expect.poll(() => readCachesOf(t.store).active, { timeout: 5000 }).toBe(true);
  });

  it('show a release and a void to every reader at once', async () => {
    const runId = await newRun();
    // Read (and so cached) as a draft: the evaluator sees it, a viewer may not.
    expect(await statusOf(t.as.evaluator, runId)).toBe('draft');
    expect(await statusOf(t.as.evaluator, runId)).toBe('draft');
    expect(await statusOf(t.as.viewer, runId)).toBe(404);
    await t.as.evaluator.post(`/api/v1/runs/${runId}/release`).send({ note: '审核无误' }).expect(200);
    expect(await statusOf(t.as.viewer, runId)).toBe('released');
    expect(await statusOf(t.as.evaluator, runId)).toBe('released');
    await t.as.evaluator.post(`/api/v1/runs/${runId}/void`).send({ reason: '数据有误' }).expect(200);
    expect(await statusOf(t.as.viewer, runId)).toBe('voided');
    expect(await statusOf(t.as.reporter, runId)).toBe('voided');
  });

  it('show a release or void written straight to the database (a job, another instance)', async () => {
    const runId = await newRun();
    expect(await statusOf(t.as.viewer, runId)).toBe(404);
    expect(await statusOf(t.as.evaluator, runId)).toBe('draft');
    await releaseRun(t.store.db, runId, 'evaluator', new Date().toISOString(), '直接发布');
    await seenByNextRead(() => statusOf(t.as.viewer, runId), 'released');
    await voidRun(t.store.db, runId, 'evaluator', new Date().toISOString(), '直接作废');
    await seenByNextRead(() => statusOf(t.as.viewer, runId), 'voided');
  });

  it('mark an older run superseded once a newer one of the same period is released', async () => {
    const older = await newRun();
    await t.as.evaluator.post(`/api/v1/runs/${older}/release`).send({ note: '第一次' }).expect(200);
    expect((await t.as.viewer.get(`/api/v1/runs/${older}`)).body).toMatchObject({ official: true, superseded: false });
    const newer = await newRun();
    await t.as.evaluator.post(`/api/v1/runs/${newer}/release`).send({ note: '第二次' }).expect(200);
    expect((await t.as.viewer.get(`/api/v1/runs/${older}`)).body).toMatchObject({ official: false, superseded: true });
  });

  it('keep a reporter to the own unit, and follow a re-binding at once', async () => {
    const runId = await newRun();
    await t.as.evaluator.post(`/api/v1/runs/${runId}/release`).send({ note: '发布' }).expect(200);
    const reporter = await t.login('reporter');
    expect(unitsOf((await t.as.admin.get(`/api/v1/runs/${runId}`)).body).length).toBeGreaterThan(1);
    expect(unitsOf((await reporter.get(`/api/v1/runs/${runId}`)).body)).toEqual([REPORTER_UNIT]);
    // The whole-run view is cached now; the reporter still gets only the own unit.
    expect(unitsOf((await reporter.get(`/api/v1/runs/${runId}`)).body)).toEqual([REPORTER_UNIT]);
    await t.as.admin.patch('/api/v1/users/reporter').send({ unitId: 'J03' }).expect(200);
    expect(unitsOf((await reporter.get(`/api/v1/runs/${runId}`)).body)).toEqual(['J03']);
    // Changed in the database directly: the cached session (and so the audience) is dropped too.
    await updateUser(t.store.db, 'reporter', { unitId: REPORTER_UNIT });
    await seenByNextRead(async () => unitsOf((await reporter.get(`/api/v1/runs/${runId}`)).body), [REPORTER_UNIT]);
    // Becoming a viewer ends the unit scope, and a reporter of no scheme sees nothing.
    await updateUser(t.store.db, 'reporter', { schemeId: null });
    await seenByNextRead(async () => (await reporter.get(`/api/v1/runs/${runId}`)).status, 403);
    await updateUser(t.store.db, 'reporter', { schemeId: 'demo' });
  });

  it('serve one unit from memory with its ETag, follow a release or void, and keep a reporter to the own unit', async () => {
    const runId = await newRun();
    const url = `/api/v1/runs/${runId}/units/${REPORTER_UNIT}`;
    const first = await t.as.evaluator.get(url).expect(200);
    expect(first.body).toMatchObject({ runId, status: 'draft', unit: { unitId: REPORTER_UNIT } });
    const etag = String(first.headers['etag']);
    await t.as.evaluator.get(url).set('If-None-Match', etag).expect(304);
    expect((await t.as.evaluator.get(url).expect(200)).body).toEqual(first.body);
    expect((await t.as.viewer.get(url)).status).toBe(404);
    await t.as.evaluator.post(`/api/v1/runs/${runId}/release`).send({ note: '发布' }).expect(200);
    // The release changed the head's state: the cached answer is not sent again, nor its ETag answered with 304.
    await t.as.evaluator.get(url).set('If-None-Match', etag).expect(200);
    expect((await t.as.viewer.get(url).expect(200)).body).toMatchObject({ status: 'released', official: true });
    expect((await t.as.reporter.get(url).expect(200)).body).toMatchObject({ unit: { unitId: REPORTER_UNIT } });
    const other = unitsOf((await t.as.admin.get(`/api/v1/runs/${runId}`)).body).find((u) => u !== REPORTER_UNIT);
    await t.as.admin.get(`/api/v1/runs/${runId}/units/${other}`).expect(200);
    expect((await t.as.reporter.get(`/api/v1/runs/${runId}/units/${other}`)).status).toBe(404);
    await voidRun(t.store.db, runId, 'evaluator', new Date().toISOString(), '直接作废');
    await seenByNextRead(async () => ((await t.as.viewer.get(url)).body as { status: string }).status, 'voided');
  });

  it('end a session at logout, at once', async () => {
    const agent = await t.login('viewer');
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200);
    await agent.post('/api/v1/auth/logout').expect(204);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('end every session of a disabled user, and of one whose sessions are deleted elsewhere', async () => {
    await t.as.admin.post('/api/v1/users').send({ username: 'cached', password: PASSWORD, role: 'viewer' }).expect(201);
    const agent = request.agent(t.app);
    await agent.post('/api/v1/auth/login').send({ username: 'cached', password: PASSWORD }).expect(200);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200);
    await t.as.admin.patch('/api/v1/users/cached').send({ disabled: true }).expect(200);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(401);

    const viewer = await t.login('viewer');
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(200);
    await deleteUserSessions(t.store.db, 'viewer');
    await seenByNextRead(async () => (await viewer.get('/api/v1/auth/me')).status, 401);
  });
});
