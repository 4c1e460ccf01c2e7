import { listAudit } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const create = (body: Record<string, unknown>) => t.as.evaluator.post('/api/v1/schemes/demo/runs').send(body);

describe('completeness before a run', () => {
  it('lists the gaps (unit × indicator) and refuses a run with gaps unless they are accepted', async () => {
    const gaps = await t.as.evaluator.get('/api/v1/schemes/demo/gaps?asOf=2021-02-28');
    expect(gaps.body.data.map((g: { unitId: string; indicator: string; period: string }) => `${g.unitId}/${g.indicator}/${g.period}`)).toEqual([
      'J01/K1/2021-02',
      'J02/K1/2021-02',
      'J03/K1/2021-02',
    ]);
    const refused = await create({ asOf: '2021-02-28' });
    expect(refused.status).toBe(409);
    // One error per gap, in unit order.
    expect(refused.body.errors).toHaveLength(3);
    expect(refused.body.errors[0]).toEqual({ message: '榕东街道 缺少指标 K1 固定资产投资 的 2021-02 月报', extensions: { code: 'DATA_INCOMPLETE' } });
    const accepted = await create({ asOf: '2021-02-28', acceptGaps: true });
    expect(accepted.status).toBe(201);
    expect(accepted.body.gaps).toHaveLength(3);
    expect((await t.as.evaluator.get(`/api/v1/runs/${accepted.body.id}`)).body.gaps[0]).toMatchObject({
      kind: 'report',
      unitId: 'J01',
      indicator: 'K1',
      period: '2021-02',
    });
  });

  it('runs without asking when nothing is missing', async () => {
    const res = await create({ asOf: '2021-01-31' });
    expect(res.status).toBe(201);
    expect(res.body.gaps).toEqual([]);
  });

  it('refuses a run with a missing target by default', async () => {
    const csv = '单位编号,指标,年度目标\nJ01,K1,100\nJ02,K1,100\nJ01,K2,2\nJ02,K2,2\nJ03,K2,2\n';
    const imported = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets?mode=replace&confirmDelete=1').set('Content-Type', 'text/csv').send(csv);
    expect(imported.status).toBe(200);
    const refused = await create({ asOf: '2021-01-31' });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].message).toBe('凤池街道 缺少指标 K1 固定资产投资 的2021年目标');
    await t.as.evaluator.post(`/api/v1/imports/${imported.body.batchId}/undo`).expect(200);
  });
});

describe('review and release', () => {
  it('keeps a new run a 待审核 draft that reporters and viewers cannot see, until 发布结果', async () => {
    const run = await create({ asOf: '2021-01-31' });
    expect(run.body).toMatchObject({ status: 'draft', periodLabel: '2021年1月', official: false, createdBy: 'evaluator' });
    for (const who of ['reporter', 'viewer'] as const) {
      expect((await t.as[who].get(`/api/v1/runs/${run.body.id}`)).status).toBe(404);
      expect((await t.as[who].get('/api/v1/schemes/demo/runs')).body.data.map((r: { id: string }) => r.id)).not.toContain(run.body.id);
      expect((await t.as[who].get(`/api/v1/runs/${run.body.id}/export?format=csv`)).status).toBe(404);
    }
    expect((await t.as.evaluator.post(`/api/v1/runs/${run.body.id}/release`).send({ note: '' })).status).toBe(400);
    const released = await t.as.admin.post(`/api/v1/runs/${run.body.id}/release`).send({ note: '经复核无误' });
    expect(released.body).toMatchObject({ status: 'released', releasedBy: 'admin', releaseNote: '经复核无误', official: true });
    expect((await t.as.viewer.get(`/api/v1/runs/${run.body.id}`)).status).toBe(200);
    expect((await t.as.reporter.get(`/api/v1/runs/${run.body.id}`)).body.result.groups[0].units).toHaveLength(1);
    expect((await t.as.evaluator.post(`/api/v1/runs/${run.body.id}/release`).send({ note: '再发一次' })).status).toBe(409);
    const [entry] = await listAudit(t.store.db, { entity: 'run' });
    expect(entry).toMatchObject({ action: 'release-run', createdBy: 'admin', entityId: run.body.id, after: { status: 'released', note: '经复核无误' } });
  });

  it('makes the newest released run of a period official, marks the older one 已被替代 and a voided one not official', async () => {
    const first = (await create({ asOf: '2021-01-31' })).body.id as string;
    await t.as.evaluator.post(`/api/v1/runs/${first}/release`).send({ note: '第一次' }).expect(200);
    const second = (await create({ asOf: '2021-01-31' })).body.id as string;
    await t.as.evaluator.post(`/api/v1/runs/${second}/release`).send({ note: '更正后' }).expect(200);
    const list = (await t.as.viewer.get('/api/v1/schemes/demo/runs')).body.data as { id: string; official: boolean; superseded: boolean; status: string }[];
    expect(list.find((r) => r.id === second)).toMatchObject({ official: true, superseded: false });
    expect(list.find((r) => r.id === first)).toMatchObject({ official: false, superseded: true });
    const voided = await t.as.evaluator.post(`/api/v1/runs/${second}/void`).send({ reason: '月报数据有误' });
    expect(voided.body).toMatchObject({ status: 'voided', voidReason: '月报数据有误', voidedBy: 'evaluator', official: false });
    const viewer = await t.as.viewer.get(`/api/v1/runs/${second}`);
    expect(viewer.body).toMatchObject({ status: 'voided', official: false });
    const again = (await t.as.viewer.get('/api/v1/schemes/demo/runs')).body.data as { id: string; official: boolean }[];
    expect(again.find((r) => r.id === first)?.official).toBe(true);
    expect((await t.as.evaluator.post(`/api/v1/runs/${second}/void`).send({ reason: '再次' })).status).toBe(409);
  });
});
