import { SimulateResult } from '@kaoping/contracts';
import { listRuns } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../testing/fixtures.ts';
import { makeDemoApp, putScheme, type TestApp } from '../testing/test-app.ts';
import { testPack, TEST_PACK } from '../testing/test-pack.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
  await putScheme(t.store, 'unpublished', TEST_PACK, DATASET, false);
});
afterAll(async () => {
  await t.close();
});

describe('simulate', () => {
  /*
   * K1 (weight 50): 60, 50, 40 of 100 → 30, 25, 20.  K2 (weight 50, target 2): projects ≥ threshold.
   * Published, threshold 5000: J01 1 (6000), J02 1 (8000), J03 2 → 25, 25, 50 → totals 55, 50, 70.
   * Draft, threshold 7000:     J01 0,        J02 1,        J03 2 → 0, 25, 50  → totals 30, 50, 70.
   */
  it('returns the ranking, list and light changes of a raised threshold, and stores nothing', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/simulate').send({ pack: testPack(7000), asOf: '2021-03-31' });
    expect(res.status).toBe(200);
    expect(res.body.publishedVersion).toBe(1);
    const diff = SimulateResult.parse(res.body).diff;
    const byUnit = Object.fromEntries(diff.groups.flatMap((g) => g.units).map((u) => [u.unitId, u]));
    expect(byUnit['J01']).toMatchObject({ rankBefore: 2, rankAfter: 3, move: -1, totalBefore: '55.00', totalAfter: '30.00' });
    expect(byUnit['J02']).toMatchObject({ rankBefore: 3, rankAfter: 2, move: 1, totalBefore: '50.00', totalAfter: '50.00' });
    expect(byUnit['J03']).toMatchObject({ rankBefore: 1, rankAfter: 1, move: 0, totalBefore: '70.00', totalAfter: '70.00' });
    expect(diff.groups.flatMap((g) => g.lists.map((l) => [l.listId, l.entered, l.left]))).toEqual([
      ['present', [], []],
      ['statement', ['J01'], ['J02']],
    ]);
    expect(Object.values(byUnit).flatMap((u) => u.lightChanges)).toEqual([]);
    expect(res.body.draft.groups[0].lists.statement).toEqual(['J01']);
    expect(res.body.published.groups[0].lists.statement).toEqual(['J02']);
    expect(await listRuns(t.store.db, 'demo')).toEqual([]);
  });

  it('applies parameter overrides to the draft and names an unknown one', async () => {
    // The project threshold as a parameter: overriding it to 7000 gives the raised-threshold result.
    const pack = {
      ...testPack(),
      parameters: [{ id: 'threshold', name: '达标投资额', type: 'number', default: 5000 }],
      projectFlags: [{ id: 'big', name: '达标项目', when: { fact: 'investment', operator: 'greaterThanInclusive', value: { fact: 'threshold' } } }],
    };
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/simulate').send({ pack, asOf: '2021-03-31', params: { threshold: '7000' } });
    expect(res.status).toBe(200);
    expect(res.body.draft.parameters).toEqual({ threshold: '7000' });
    expect(res.body.draft.groups[0].lists.statement).toEqual(['J01']);
    const bad = await t.as.evaluator.post('/api/v1/schemes/demo/simulate').send({ pack, asOf: '2021-03-31', params: { treshold: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', pointer: '/params/treshold' });
  });

  it('refuses an invalid draft pack with pointers', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/simulate').send({ pack: { ...testPack(), weights: 'all' }, asOf: '2021-03-31' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'RULE_PACK_INVALID', pointer: '/weights' });
  });

  it('has nothing to compare before a version is published', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/unpublished/simulate').send({ pack: testPack(), asOf: '2021-03-31' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ published: null, publishedVersion: null });
    expect(res.body.draft.groups[0].units).toHaveLength(3);
    // The diff has the draft's side only: no rank before, so no move.
    const units = SimulateResult.parse(res.body).diff.groups.flatMap((g) => g.units);
    expect(units.map((u) => [u.rankBefore, u.move])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('reports an asOf the pack cannot evaluate as EVALUATION_FAILED', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/simulate').send({ pack: testPack(), asOf: '2020-12-31' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].extensions.code).toBe('EVALUATION_FAILED');
  });
});
