import { RunResult } from '@kaoping/contracts';
import { getRun, getRunView } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunUnitView, RunView } from '@kaoping/contracts';
import { REPORTER_UNIT, makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let runId: string;
beforeAll(async () => {
  t = await makeDemoApp();
  runId = (await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-03-31', acceptGaps: true }).expect(201)).body.id as string;
});
afterAll(async () => {
  await t.close();
});

/** The body bytes as received (supertest has already undone the gzip the header names). */
const raw = (req: ReturnType<TestApp['as']['admin']['get']>) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('stored runs are read fast', () => {
  it('sends the stored result gzip-compressed with a strong ETag, the same answer as before', async () => {
    const res = await raw(t.as.evaluator.get(`/api/v1/runs/${runId}`).set('accept-encoding', 'gzip'));
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['etag']).toMatch(/^"[\w-]{43}"$/);
    const body = JSON.parse((res.body as Buffer).toString('utf8')) as unknown;
    const view = RunView.parse(body);
    const stored = await getRun(t.store.db, runId);
    expect(view.result).toEqual(RunResult.parse(JSON.parse(stored?.result ?? '{}')));
    expect(view).toMatchObject({ id: runId, status: 'draft', official: false, gaps: expect.any(Array) });
    expect((await getRunView(t.store.db, runId, 'all'))?.etag).toBe(res.headers['etag']);
  });

  it('answers 304 to an unchanged If-None-Match, and a new ETag once the run is released', async () => {
    const first = await t.as.evaluator.get(`/api/v1/runs/${runId}`);
    const etag = String(first.headers['etag']);
    const again = await t.as.evaluator.get(`/api/v1/runs/${runId}`).set('if-none-match', etag);
    expect(again.status).toBe(304);
    await t.as.evaluator.post(`/api/v1/runs/${runId}/release`).send({ note: '审核无误' }).expect(200);
    const after = await t.as.evaluator.get(`/api/v1/runs/${runId}`).set('if-none-match', etag);
    expect(after.status).toBe(200);
    expect(after.headers['etag']).not.toBe(etag);
    expect(after.body).toMatchObject({ status: 'released', official: true });
  });

  it('sends plain JSON to a client that does not accept gzip', async () => {
    const res = await raw(t.as.viewer.get(`/api/v1/runs/${runId}`).set('accept-encoding', 'identity'));
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(RunView.parse(JSON.parse((res.body as Buffer).toString('utf8'))).id).toBe(runId);
  });

  it('keeps a reporter to the own unit, with a view and ETag of its own', async () => {
    const all = await t.as.viewer.get(`/api/v1/runs/${runId}`);
    const own = await t.as.reporter.get(`/api/v1/runs/${runId}`);
    expect(own.status).toBe(200);
    const units = (own.body as { result: RunResult }).result.groups.flatMap((g) => g.units.map((u) => u.unitId));
    expect(units).toEqual([REPORTER_UNIT]);
    expect(own.headers['etag']).not.toBe(all.headers['etag']);
  });
});

describe('GET /runs/:rid/units/:uid', () => {
  it('gives one unit with its group and trace, as in the whole result', async () => {
    const whole = (await t.as.evaluator.get(`/api/v1/runs/${runId}`)).body as { result: RunResult };
    const group = whole.result.groups.find((g) => g.units.some((u) => u.unitId === REPORTER_UNIT));
    const res = await t.as.evaluator.get(`/api/v1/runs/${runId}/units/${REPORTER_UNIT}`);
    expect(res.status).toBe(200);
    const unit = RunUnitView.parse(res.body);
    expect(unit.unit).toEqual(group?.units.find((u) => u.unitId === REPORTER_UNIT));
    expect(unit.groupId).toBe(group?.id);
    expect(unit.trace).toEqual(whole.result.trace?.[REPORTER_UNIT] ?? []);
  });

  it('lets a reporter read only the own unit, and answers 404 for an unknown unit', async () => {
    const other = (await t.as.evaluator.get(`/api/v1/runs/${runId}`)).body as { result: RunResult };
    const otherUnit = other.result.groups.flatMap((g) => g.units).find((u) => u.unitId !== REPORTER_UNIT)?.unitId ?? 'X';
    expect((await t.as.reporter.get(`/api/v1/runs/${runId}/units/${REPORTER_UNIT}`)).status).toBe(200);
    expect((await t.as.reporter.get(`/api/v1/runs/${runId}/units/${otherUnit}`)).status).toBe(404);
    expect((await t.as.evaluator.get(`/api/v1/runs/${runId}/units/NOPE`)).status).toBe(404);
  });

  it('cuts a run stored before unit rows existed on first use', async () => {
    // A unit no test above read, so not in the read caches (an answer once built stays correct without its row).
    const whole = (await t.as.evaluator.get(`/api/v1/runs/${runId}`)).body as { result: RunResult };
    const unread = whole.result.groups.flatMap((g) => g.units).at(-1)?.unitId ?? 'X';
    await t.store.db.deleteFrom('run_units').where('run_id', '=', runId).execute();
    const res = await t.as.viewer.get(`/api/v1/runs/${runId}/units/${unread}`);
    expect(res.status).toBe(200);
    const rows = await t.store.db.selectFrom('run_units').select('unit_id').where('run_id', '=', runId).execute();
    expect(rows.length).toBeGreaterThan(1);
  });
});
