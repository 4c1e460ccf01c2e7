import { listAudit, listRecords } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const targets = () => listRecords(t.store.db, 'demo', 'targets');
const post = (table: string, query: string, csv: string) =>
  t.as.evaluator.post(`/api/v1/schemes/demo/imports/${table}${query}`).set('Content-Type', 'text/csv').set('x-filename', `${table}.csv`).send(csv);
const PARTIAL = '单位编号,指标,年度目标\nJ02,K1,120\nJ02,K2,3\n';

describe('import modes', () => {
  it('合并更新 of a partial file changes only its rows; the other units keep their targets', async () => {
    const before = await targets();
    const res = await post('targets', '', PARTIAL);
    expect(res.body).toMatchObject({ mode: 'merge', counts: { added: 0, changed: 2, unchanged: 0, deleted: 0 } });
    const after = await targets();
    expect(after.filter((r) => r.unitId !== 'J02')).toEqual(before.filter((r) => r.unitId !== 'J02'));
    expect(after.filter((r) => r.unitId === 'J02').map((r) => r.value)).toEqual(['120', '3']);
    await t.as.evaluator.post(`/api/v1/imports/${res.body.batchId}/undo`).expect(200);
    expect(await targets()).toEqual(before);
  });

  it('整表替换 shows the rows it deletes and demands a confirmation naming their number', async () => {
    const before = await targets();
    const dry = await post('targets', '?mode=replace&dryRun=1', PARTIAL);
    expect(dry.body.counts).toEqual({ added: 0, changed: 2, unchanged: 0, deleted: 4 });
    expect(dry.body.deletedRows.map((r: { unitId: string; indicator: string }) => `${r.unitId}/${r.indicator}`)).toEqual([
      'J01/K1',
      'J03/K1',
      'J01/K2',
      'J03/K2',
    ]);
    const refused = await post('targets', '?mode=replace', PARTIAL);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].message).toContain('整表替换将删除 4 行');
    expect((await post('targets', '?mode=replace&confirmDelete=3', PARTIAL)).status).toBe(409);
    expect(await targets()).toEqual(before);
    const done = await post('targets', '?mode=replace&confirmDelete=4', PARTIAL);
    expect(done.status).toBe(200);
    expect(await targets()).toHaveLength(2);
    await t.as.evaluator.post(`/api/v1/imports/${done.body.batchId}/undo`).expect(200);
    expect(await targets()).toEqual(before);
  });

  it('追加 adds rows but refuses to repeat a stored key', async () => {
    const res = await post('targets', '?mode=append', '单位编号,指标,年度目标\nJ01,K1,5\n');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringContaining('已有记录，追加模式不能重复添加'), extensions: { row: 2 } });
    const ok = await post('targets', '?mode=append', '单位编号,指标,年度目标,年度\nJ01,K1,5,2022\n');
    expect(ok.body.counts).toEqual({ added: 1, changed: 0, unchanged: 0, deleted: 0 });
    await t.as.evaluator.post(`/api/v1/imports/${ok.body.batchId}/undo`).expect(200);
  });
});

describe('undoing a batch', () => {
  it('restores the table exactly even after later edits to other tables, and is audited', async () => {
    const before = await targets();
    const batch = await post('targets', '', PARTIAL);
    const reports = await post('reports', '', '单位编号,月份,指标,数值\nJ01,2021-02,K1,9\n');
    expect(reports.status).toBe(200);
    await t.as.evaluator.post('/api/v1/schemes/demo/reports').send({ unitId: 'J02', indicator: 'K1', period: '2021-03', value: '5' }).expect(201);
    const undo = await t.as.evaluator.post(`/api/v1/imports/${batch.body.batchId}/undo`);
    expect(undo.status).toBe(200);
    expect(await targets()).toEqual(before);
    expect((await listRecords(t.store.db, 'demo', 'reports')).map((r) => r.period)).toContain('2021-02');
    const [entry] = await listAudit(t.store.db, { entity: 'targets' });
    expect(entry).toMatchObject({ action: 'undo-import', createdBy: 'evaluator', before: { batch: batch.body.batchId, rows: 6 }, after: { rows: 6 } });
    // The reports batch now has a later edit of its own table (the submitted report): it cannot be undone.
    expect((await t.as.evaluator.post(`/api/v1/imports/${reports.body.batchId}/undo`)).status).toBe(409);
  });

  it('refuses while the same table changed after the batch, and allows it once that change is undone', async () => {
    const first = await post('targets', '', PARTIAL);
    const second = await post('targets', '', '单位编号,指标,年度目标\nJ03,K1,1\n');
    const refused = await t.as.evaluator.post(`/api/v1/imports/${first.body.batchId}/undo`);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].message).toContain('请先撤销之后的导入批次');
    await t.as.evaluator.post(`/api/v1/imports/${second.body.batchId}/undo`).expect(200);
    await t.as.evaluator.post(`/api/v1/imports/${first.body.batchId}/undo`).expect(200);
    await t.as.evaluator.put('/api/v1/schemes/demo/targets').send({ unitId: 'J01', indicator: 'K1', value: '1', period: null }).expect(200);
  });

  it('lists batches newest first with who, file, mode and counts; 404s an unknown batch', async () => {
    const list = await t.as.evaluator.get('/api/v1/schemes/demo/imports');
    expect(list.body.data[0]).toMatchObject({ table: 'targets', file: 'targets.csv', createdBy: 'evaluator', mode: 'merge', counts: { changed: 1 } });
    const targetBatches = list.body.data.filter((b: { table: string }) => b.table === 'targets');
    expect(targetBatches.every((b: { undoneAt: string | null }) => b.undoneAt !== null)).toBe(true);
    expect((await t.as.evaluator.post('/api/v1/imports/nope/undo')).status).toBe(404);
  });
});
