import { getRun } from '@kaoping/store';
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
const draftWith = async (threshold: number) => {
  const draft = await t.as.evaluator.get('/api/v1/schemes/demo/draft');
  await t.as.evaluator
    .put('/api/v1/schemes/demo/draft')
    .send({ pack: testPack(threshold), revision: draft.body.revision })
    .expect(200);
};

describe('rule versions take effect on a date', () => {
  it('offers the scheme start before any release, then the day after the newest released period', async () => {
    expect((await t.as.evaluator.get('/api/v1/schemes/demo/draft')).body.effectiveFromDefault).toBe('2021-01-01');
    const q1 = await run('2021-03-31');
    await t.as.evaluator.post(`/api/v1/runs/${q1.id}/release`).send({ note: '一季度结果' }).expect(200);
    expect((await t.as.evaluator.get('/api/v1/schemes/demo/draft')).body.effectiveFromDefault).toBe('2021-04-01');
  });

  it('re-runs the released period with the version it was released under after a later change is published', async () => {
    const before = await run('2021-03-31');
    await draftWith(7000);
    const published = await t.as.evaluator.post('/api/v1/schemes/demo/versions').send({ note: '二季度起提高达标线' });
    expect(published.body).toMatchObject({ version: 2, effectiveFrom: '2021-04-01' });
    const again = await run('2021-03-31');
    expect(again.version).toBe(1);
    expect((await getRun(t.store.db, again.id))?.result).toBe((await getRun(t.store.db, before.id))?.result);
    expect((await run('2021-04-30')).version).toBe(2);
  });

  it('uses an explicit 生效日期 of 2021-04-01 the same way', async () => {
    const before = await run('2021-03-31');
    await draftWith(9000);
    await t.as.evaluator.post('/api/v1/schemes/demo/versions').send({ note: '再次调整', effectiveFrom: '2021-04-01' }).expect(201);
    const again = await run('2021-03-31');
    expect(again.version).toBe(1);
    expect((await getRun(t.store.db, again.id))?.result).toBe((await getRun(t.store.db, before.id))?.result);
  });
});
