import { listAudit, listRecords } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../testing/fixtures.ts';
import { makeDemoApp, putScheme, type TestApp } from '../testing/test-app.ts';
import { testPack } from '../testing/test-pack.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

describe('data tables', () => {
  it('lists rows in input order with filters', async () => {
    const res = await t.as.evaluator.get('/api/v1/schemes/demo/targets').query({ indicator: 'K2' });
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { unitId: string }) => r.unitId)).toEqual(['J01', 'J02', 'J03']);
    const reports = await t.as.viewer.get('/api/v1/schemes/demo/reports');
    expect(reports.status).toBe(403);
  });

  it('shows a reporter only the own unit, and 403 for another unit', async () => {
    for (const table of ['units', 'targets', 'reports', 'projects']) {
      const res = await t.as.reporter.get(`/api/v1/schemes/demo/${table}`);
      expect(res.status).toBe(200);
      const ids = res.body.data.map((r: { unitId?: string; id: string }) => (table === 'units' ? r.id : r.unitId));
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids)).toEqual(new Set(['J01']));
      const other = await t.as.reporter.get(`/api/v1/schemes/demo/${table}`).query({ unitId: 'J02' });
      expect(other.status).toBe(403);
      expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a reporter every scheme but the one it is bound to, even with the same unit code', async () => {
    await putScheme(t.store, 'other', testPack(), DATASET);
    expect((await t.as.reporter.get('/api/v1/schemes')).body.data.map((s: { id: string }) => s.id)).toEqual(['demo']);
    expect((await t.as.viewer.get('/api/v1/schemes')).body.data.map((s: { id: string }) => s.id).sort()).toEqual(['demo', 'other']);
    for (const path of ['other', 'other/units', 'other/runs']) {
      const res = await t.as.reporter.get(`/api/v1/schemes/${path}`);
      expect(res.status, path).toBe(403);
    }
    const submit = await t.as.reporter.post('/api/v1/schemes/other/reports').send({ unitId: 'J01', indicator: 'K1', period: '2021-02', value: '1' });
    expect(submit.status).toBe(403);
    expect(await listRecords(t.store.db, 'other', 'reports', { unitId: 'J01', period: '2021-02' })).toEqual(
      DATASET.reports.filter((r) => r.unitId === 'J01' && r.period === '2021-02'),
    );
  });

  it('404s an unknown scheme', async () => {
    const res = await t.as.evaluator.get('/api/v1/schemes/nope/units');
    expect(res.status).toBe(404);
  });
});

describe('inline edits', () => {
  it('replaces one target and audits before and after', async () => {
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/targets').send({ unitId: 'J02', indicator: 'K1', value: '120.5', period: null });
    expect(res.status).toBe(200);
    const k1 = await listRecords(t.store.db, 'demo', 'targets', { unitId: 'J02', indicator: 'K1' });
    expect(k1).toEqual([{ unitId: 'J02', indicator: 'K1', value: '120.5', period: null }]);
    const [entry] = await listAudit(t.store.db, { entity: 'target' });
    expect(entry).toMatchObject({ createdBy: 'evaluator', before: { value: '100' }, after: { value: '120.5' } });
  });

  it('rejects a target that is not a decimal, or for an unknown unit', async () => {
    const bad = await t.as.evaluator.put('/api/v1/schemes/demo/targets').send({ unitId: 'J02', indicator: 'K1', value: '1,000', period: null });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.pointer).toBe('/value');
    const unknown = await t.as.evaluator.put('/api/v1/schemes/demo/targets').send({ unitId: 'X9', indicator: 'K1', value: '1', period: null });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.pointer).toBe('/unitId');
  });

  it("lets a reporter submit the own unit's monthly report, and nobody else's", async () => {
    const own = await t.as.reporter.post('/api/v1/schemes/demo/reports').send({ unitId: 'J01', indicator: 'K1', period: '2021-02', value: '15' });
    expect(own.status).toBe(201);
    const other = await t.as.reporter.post('/api/v1/schemes/demo/reports').send({ unitId: 'J02', indicator: 'K1', period: '2021-02', value: '99' });
    expect(other.status).toBe(403);
    const j01 = await listRecords(t.store.db, 'demo', 'reports', { unitId: 'J01' });
    expect(j01.map((r) => `${r.period}=${r.value}`)).toEqual(['2021-01=60', '2021-02=15']);
    expect(await listRecords(t.store.db, 'demo', 'reports', { unitId: 'J02', period: '2021-02' })).toEqual([]);
    const [entry] = await listAudit(t.store.db, { entity: 'report' });
    expect(entry).toMatchObject({ createdBy: 'reporter', action: 'submit', before: null, after: { unitId: 'J01', value: '15' } });
  });
});
