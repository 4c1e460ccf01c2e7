import { getDraft, listAudit, loadDataset } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';
import { testPack, TEST_PACK } from '../testing/test-pack.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

describe('schemes', () => {
  it('copies a template scheme: its draft (renamed) and its data', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes').send({ id: 'demo-2022', name: '2022 方案', fromSchemeId: 'demo' });
    expect(res.status).toBe(201);
    const draft = await getDraft(t.store.db, 'demo-2022');
    expect(draft).toMatchObject({ revision: 1, pack: { id: 'demo-2022', name: '2022 方案', indicators: TEST_PACK.indicators } });
    expect(await loadDataset(t.store.db, 'demo-2022')).toEqual(await loadDataset(t.store.db, 'demo'));
    const [entry] = await listAudit(t.store.db, { entity: 'scheme' });
    expect(entry).toMatchObject({ createdBy: 'evaluator', action: 'create', entityId: 'demo-2022' });
  });

  it('starts from a starter pack without a template', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes').send({ id: 'blank', name: '空白方案' });
    expect(res.status).toBe(201);
    const draft = await t.as.evaluator.get('/api/v1/schemes/blank/draft');
    expect(draft.body.pack).toMatchObject({ schemaVersion: 1, id: 'blank', name: '空白方案' });
    expect(await loadDataset(t.store.db, 'blank')).toEqual({ units: [], targets: [], reports: [], events: [], projects: [] });
  });

  it('refuses a taken id, a bad id and a missing template', async () => {
    expect((await t.as.evaluator.post('/api/v1/schemes').send({ id: 'demo', name: 'x' })).status).toBe(409);
    const bad = await t.as.evaluator.post('/api/v1/schemes').send({ id: 'Bad Id', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { extensions: { pointer: string } }) => e.extensions.pointer).sort()).toEqual(['/id', '/name']);
    expect((await t.as.evaluator.post('/api/v1/schemes').send({ id: 'x1', name: 'x', fromSchemeId: 'nope' })).status).toBe(404);
  });

  it('lists schemes with their latest version and gives an overview', async () => {
    const list = await t.as.viewer.get('/api/v1/schemes');
    expect(list.body.data.find((s: { id: string }) => s.id === 'demo')).toMatchObject({ latestVersion: 1 });
    const overview = await t.as.viewer.get('/api/v1/schemes/demo');
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      id: 'demo',
      unitCount: 3,
      source: 'v1',
      groups: [{ id: 'towns', name: '街镇组', units: 3 }],
      indicators: [
        { id: 'K1', name: '固定资产投资' },
        { id: 'K2', name: '达标项目' },
      ],
    });
    expect((await t.as.viewer.get('/api/v1/schemes/nope')).status).toBe(404);
  });
});

describe('draft', () => {
  it('saves against the current revision and refuses a stale one without overwriting', async () => {
    const { body } = await t.as.evaluator.get('/api/v1/schemes/demo/draft');
    expect(body.revision).toBe(1);
    const first = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: testPack(8000), revision: 1 });
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(2);
    const stale = await t.as.admin.put('/api/v1/schemes/demo/draft').send({ pack: testPack(1), revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].extensions.code).toBe('CONFLICT');
    const now = await getDraft(t.store.db, 'demo');
    expect(now?.revision).toBe(2);
    expect(now?.pack).toEqual(testPack(8000));
    const [entry] = await listAudit(t.store.db, { entity: 'draft' });
    expect(entry).toMatchObject({ createdBy: 'evaluator', before: { revision: 1 }, after: { revision: 2 } });
    expect(entry?.after).toMatchObject({ changes: [{ pointer: '/projectFlags/0/when/value', before: 5000, after: 8000 }], truncated: false });
    expect(JSON.stringify(entry)).not.toContain('"pack"');
  });

  it('refuses an invalid pack, listing each problem with a JSON pointer, and keeps the draft', async () => {
    const broken = { ...testPack(), indicators: [], calendar: { start: '2021-13-01', cadence: 'month' } };
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: broken, revision: 2 });
    expect(res.status).toBe(400);
    const pointers = res.body.errors.map((e: { extensions: { pointer: string } }) => e.extensions.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/indicators', '/calendar/start']));
    expect(res.body.errors[0].extensions.code).toBe('RULE_PACK_INVALID');
    expect((await getDraft(t.store.db, 'demo'))?.revision).toBe(2);
  });

  it('refuses a pack whose formula does not compile, pointing at the formula', async () => {
    const pack = testPack();
    const bad = { ...pack, indicators: [pack.indicators[0], { ...pack.indicators[1], score: 'weight * (completion' }] };
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: bad, revision: 2 });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.pointer).toBe('/indicators/1/score');
    expect(res.body.errors[0].extensions.code).toBe('RULE_PACK_INVALID');
    expect((await getDraft(t.store.db, 'demo'))?.revision).toBe(2);
  });

  it('lets exactly one of two simultaneous saves of the same revision win', async () => {
    const { revision } = (await t.as.evaluator.get('/api/v1/schemes/demo/draft')).body;
    const [a, b] = await Promise.all([
      t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: testPack(6000), revision }),
      t.as.admin.put('/api/v1/schemes/demo/draft').send({ pack: testPack(9000), revision }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? testPack(6000) : testPack(9000);
    expect(await getDraft(t.store.db, 'demo')).toMatchObject({ revision: revision + 1, pack: winner });
    await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: testPack(8000), revision: revision + 1 });
  });

  it('checks the request itself first', async () => {
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: testPack() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.pointer).toBe('/revision');
  });
});

describe('versions', () => {
  it('needs a change note to publish', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/versions').send({ note: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.pointer).toBe('/note');
  });

  it('publishes the draft as an immutable version with author, time and note', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/versions').send({ note: '达标线改为8000万', effectiveFrom: '2021-07-01' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, note: '达标线改为8000万', createdBy: 'evaluator', effectiveFrom: '2021-07-01' });
    const list = await t.as.viewer.get('/api/v1/schemes/demo/versions');
    expect(list.body.data.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v2 = await t.as.viewer.get('/api/v1/schemes/demo/versions/2');
    expect(v2.body.pack).toEqual(testPack(8000));
    expect((await t.as.viewer.get('/api/v1/schemes/demo/versions/9')).status).toBe(404);
    expect((await t.as.viewer.get('/api/v1/schemes/demo/versions/abc')).status).toBe(404);
  });

  it('diffs two versions rule by rule', async () => {
    const res = await t.as.viewer.get('/api/v1/schemes/demo/versions/1/diff/2');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: 1,
      to: 2,
      changes: [
        {
          section: 'projectFlags',
          id: 'big',
          change: 'changed',
          pointer: '/projectFlags/0',
          fields: [{ pointer: '/projectFlags/0/when/value', before: 5000, after: 8000 }],
        },
      ],
    });
  });

  it('restores a version into the draft', async () => {
    const before = (await getDraft(t.store.db, 'demo'))?.revision ?? 0;
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/versions/1/restore');
    expect(res.status).toBe(200);
    expect(res.body.revision).toBe(before + 1);
    expect((await getDraft(t.store.db, 'demo'))?.pack).toEqual(TEST_PACK);
    const [entry] = await listAudit(t.store.db, { entity: 'draft' });
    expect(entry).toMatchObject({ action: 'restore', before: { revision: before }, after: { restoredFrom: 1, revision: before + 1 } });
  });
});
