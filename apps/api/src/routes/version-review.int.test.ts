import { listAudit } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';
import { testPack } from '../testing/test-pack.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const run = async (asOf: string) =>
  (await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf, acceptGaps: true })).body as { id: string; version: number };
const publish = async (threshold: number) => {
  const draft = await t.as.evaluator.get('/api/v1/schemes/demo/draft');
  await t.as.evaluator
    .put('/api/v1/schemes/demo/draft')
    .send({ pack: testPack(threshold), revision: draft.body.revision })
    .expect(200);
  return t.as.evaluator.post('/api/v1/schemes/demo/versions').send({ note: `门槛 ${threshold}`, effectiveFrom: '2021-01-01' });
};

describe('发布需复核 (four-eyes on rules)', () => {
  it('is a scheme setting only evaluators and admins change, audited', async () => {
    expect((await t.as.viewer.put('/api/v1/schemes/demo/settings').send({ reviewRequired: true })).status).toBe(403);
    const res = await t.as.admin.put('/api/v1/schemes/demo/settings').send({ reviewRequired: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'demo', reviewRequired: true, latestVersion: 1 });
    const [entry] = await listAudit(t.store.db, { entity: 'scheme-settings' });
    expect(entry).toMatchObject({ createdBy: 'admin', entityId: 'demo', before: { reviewRequired: false }, after: { reviewRequired: true } });
  });

  it('keeps a published version 待复核 and out of force: runs use the version in force, and may not name it', async () => {
    const before = await run('2021-01-31');
    const res = await publish(7000);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, createdBy: 'evaluator', review: { status: 'pending', by: null } });
    expect((await run('2021-01-31')).version).toBe(before.version);
    const named = await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-01-31', acceptGaps: true, version: 2 });
    expect(named.status).toBe(409);
    expect((await t.as.viewer.get('/api/v1/schemes/demo')).body.latestVersion).toBe(1);
  });

  it('shows the reviewer the rule diff and the simulation diff against the version in force', async () => {
    const res = await t.as.admin.get('/api/v1/schemes/demo/versions/2/review?asOf=2021-01-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: { version: 2 }, base: 1, asOf: '2021-01-31', simulation: { publishedVersion: 1 } });
    expect(res.body.changes).toEqual([
      expect.objectContaining({ section: expect.any(String), fields: [expect.objectContaining({ before: 5000, after: 7000 })] }),
    ]);
    expect(res.body.simulation.diff).not.toBeNull();
    expect((await t.as.viewer.get('/api/v1/schemes/demo/versions/2/review')).status).toBe(403);
  });

  it('refuses the author, a viewer and a rejection without a reason; a second evaluator or admin approves, audited', async () => {
    const review = (agent: typeof t.as.admin, body: object) => agent.post('/api/v1/schemes/demo/versions/2/review').send(body);
    const self = await review(t.as.evaluator, { decision: 'approve' });
    expect(self.status).toBe(403);
    expect(self.body.errors[0].message).toContain('不能复核自己发布的版本');
    expect((await review(t.as.viewer, { decision: 'approve' })).status).toBe(403);
    expect((await review(t.as.admin, { decision: 'reject' })).status).toBe(400);
    const ok = await review(t.as.admin, { decision: 'approve', note: '核对无误' });
    expect(ok.status).toBe(200);
    expect(ok.body.review).toMatchObject({ status: 'approved', by: 'admin', note: '核对无误' });
    expect((await review(t.as.admin, { decision: 'reject', note: '晚了' })).status).toBe(409);
    const [entry] = await listAudit(t.store.db, { entity: 'version' });
    expect(entry).toMatchObject({ action: 'approve-version', createdBy: 'admin', entityId: 'demo/v2', after: { review: 'approved', note: '核对无误' } });
    expect((await run('2021-01-31')).version).toBe(2);
  });

  it('never puts a rejected version in force', async () => {
    expect((await publish(9000)).body.review.status).toBe('pending');
    const res = await t.as.admin.post('/api/v1/schemes/demo/versions/3/review').send({ decision: 'reject', note: '门槛过高' });
    expect(res.body.review).toMatchObject({ status: 'rejected', by: 'admin', note: '门槛过高' });
    expect((await run('2021-01-31')).version).toBe(2);
    const [entry] = await listAudit(t.store.db, { entity: 'version' });
    expect(entry).toMatchObject({ action: 'reject-version', entityId: 'demo/v3' });
  });
});
