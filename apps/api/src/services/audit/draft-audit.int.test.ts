import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../../testing/test-app.ts';
import { testPack } from '../../testing/test-pack.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

describe('the audit log after many draft saves', () => {
  it('holds the changes, not whole packs, and its page stays small', async () => {
    const big = {
      ...testPack(),
      indicators: Array.from({ length: 60 }, (_, i) => ({
        id: `K${i + 1}`,
        name: `指标${i + 1}`,
        input: 'sum' as const,
        plan: 'target',
        score: 'weight * min(completion, 1.2)',
      })),
    };
    big.weights = { towns: Object.fromEntries(big.indicators.map((k) => [k.id, 1])) };
    for (let revision = 1; revision <= 80; revision++) {
      // The name is the scheme's (README, Glossary): each save changes the description.
      const pack = { ...big, description: `第${revision}稿` };
      const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack, revision });
      expect(res.status).toBe(200);
    }
    const res = await t.as.admin.get('/api/v1/audit').query({ entity: 'draft' });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(80);
    // The first save adds 58 indicators (values kept); later saves change the description only.
    expect(res.body.data[0].after).toEqual({
      revision: 81,
      changes: [{ pointer: '/description', before: '第79稿', after: '第80稿' }],
      changedCount: 1,
      truncated: false,
    });
    expect(res.text.length).toBeLessThan(80 * 400 + 30_000);
  }, 120_000);
});
