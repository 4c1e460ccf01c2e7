import { listAudit, listRecords } from '@kaoping/store';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A targets workbook as offices make them: a merged title row above the header. */
async function targetsWorkbook(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('目标');
  sheet.addRow(['2021年度目标任务分解表']);
  sheet.mergeCells('A1:C1');
  sheet.addRow(['单位编号', '指标', '年度目标']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const targets = () => listRecords(t.store.db, 'demo', 'targets');

describe('CSV import', () => {
  it('previews without writing on dryRun, with what 合并更新 would change', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nJ01,K1,7\nJ02,K1,100\nJ01,K3,1\n';
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets?dryRun=1').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([{ file: 'targets.csv', row: 4, column: '指标', message: expect.stringContaining('指标「K3」不是方案中的指标') }]);
    const ok = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets?dryRun=1')
      .set('Content-Type', 'text/csv')
      .send('单位编号,指标,年度目标\nJ01,K1,7\nJ02,K1,100\n');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      dryRun: true,
      mode: 'merge',
      rows: [
        { unitId: 'J01', indicator: 'K1', value: '7', period: null },
        { unitId: 'J02', indicator: 'K1', value: '100', period: null },
      ],
      counts: { added: 0, changed: 1, unchanged: 1, deleted: 0 },
      changes: [
        {
          key: '单位 J01、指标 K1',
          before: { unitId: 'J01', indicator: 'K1', value: '100', period: null },
          after: { unitId: 'J01', indicator: 'K1', value: '7', period: null },
        },
      ],
      deletedRows: [],
      problems: [],
    });
    expect(await targets()).toEqual(before);
  });

  it('merges by default (other rows untouched), stores the batch and audits the import', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nJ01,K1,7\nJ02,K1,8.5\nJ03,K1,9\n';
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets')
      .set('Content-Type', 'text/csv')
      .set('x-filename', encodeURIComponent('目标.csv'))
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, imported: 3, mode: 'merge', counts: { added: 0, changed: 3, unchanged: 0, deleted: 0 } });
    expect((await targets()).map((r) => `${r.unitId}/${r.indicator}=${r.value}`)).toEqual([
      'J01/K1=7',
      'J02/K1=8.5',
      'J03/K1=9',
      'J01/K2=2',
      'J02/K2=2',
      'J03/K2=2',
    ]);
    const [entry] = await listAudit(t.store.db, { entity: 'targets' });
    expect(entry).toMatchObject({
      action: 'import',
      entityId: 'demo',
      before: { rows: 6 },
      after: { rows: 6, file: '目标.csv', mode: '合并更新', batch: res.body.batchId },
    });
    const batches = await t.as.evaluator.get('/api/v1/schemes/demo/imports');
    expect(batches.body.data[0]).toMatchObject({
      id: res.body.batchId,
      table: 'targets',
      mode: 'merge',
      file: '目标.csv',
      createdBy: 'evaluator',
      undoneAt: null,
    });
    const undo = await t.as.evaluator.post(`/api/v1/imports/${res.body.batchId}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ id: res.body.batchId, undoneBy: 'evaluator' });
    expect((await t.as.evaluator.post(`/api/v1/imports/${res.body.batchId}/undo`)).status).toBe(409);
    expect(await targets()).toEqual(before);
  });

  it('reads a GB18030 (Excel on Chinese Windows) CSV', async () => {
    const gbk = Buffer.from([
      0xb5,
      0xa5,
      0xce,
      0xbb,
      0xb1,
      0xe0,
      0xba,
      0xc5,
      0x2c,
      0xd6,
      0xb8,
      0xb1,
      0xea,
      0x2c,
      0xc4,
      0xea,
      0xb6,
      0xc8,
      0xc4,
      0xbf,
      0xb1,
      0xea,
      0x0a,
      ...Buffer.from('J01,K1,11\n'),
    ]); // "单位编号,指标,年度目标" in GBK
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets?dryRun=1').set('Content-Type', 'text/csv').send(gbk);
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([{ unitId: 'J01', indicator: 'K1', value: '11', period: null }]);
  });

  it('lists every bad row and writes nothing', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nJ01,K1,abc\n,K1,5\nJ02,K1,6\nX9,K1,1\n';
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', 'text/csv').set('x-filename', 'targets.csv').send(csv);
    expect(res.status).toBe(400);
    const rows = res.body.errors.map((e: { extensions: { row?: number; code: string; file: string } }) => e.extensions.row);
    expect(rows).toEqual(expect.arrayContaining([2, 3]));
    // The unknown unit of row 5 is listed with the cell errors, in row order, not in a second round.
    expect(res.body.errors.at(-1)).toEqual({
      message: '单位 X9 不在单位表中',
      extensions: { code: 'DATA_INVALID', file: 'targets.csv', row: 5, column: '单位编号' },
    });
    expect(rows).toEqual([...rows].sort((a: number, b: number) => a - b));
    expect(
      res.body.errors.every((e: { extensions: { code: string; file: string } }) => e.extensions.code === 'DATA_INVALID' && e.extensions.file === 'targets.csv'),
    ).toBe(true);
    expect(await targets()).toEqual(before);
  });

  it('refuses rows of units that are not in the units table, naming each row', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nJ01,K1,1\nX9,K1,1\nJ02,K1,2\nX9,K2,3\n';
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', 'text/csv').set('x-filename', 'targets.csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: '单位 X9 不在单位表中', extensions: { code: 'DATA_INVALID', file: 'targets.csv', row: 3, column: '单位编号' } },
      { message: '单位 X9 不在单位表中', extensions: { code: 'DATA_INVALID', file: 'targets.csv', row: 5, column: '单位编号' } },
    ]);
    expect(await targets()).toEqual(before);
  });

  it('lists unknown units in a dry run with their rows', async () => {
    const csv = '单位编号,指标,年度目标\nJ01,K1,1\nX9,K1,1\n';
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets?dryRun=1').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([{ file: 'targets.csv', row: 3, column: '单位编号', message: '单位 X9 不在单位表中' }]);
  });

  it('previews a bad number and an unknown unit together, each with its row and column', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nZZZ,K1,1\nJ01,K1,12x\n';
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets?dryRun=1')
      .set('Content-Type', 'text/csv')
      .set('x-filename', 'targets.csv')
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([
      { file: 'targets.csv', row: 2, column: '单位编号', message: '单位 ZZZ 不在单位表中' },
      { file: 'targets.csv', row: 3, column: '年度目标', message: '"12x" 不是数字' },
    ]);
    expect(await targets()).toEqual(before);
  });

  it('refuses a mistyped indicator code with the file line, the column as written and the code, writing nothing', async () => {
    const before = await targets();
    const csv = '单位编号,指标,年度目标\nJ01,K1,7\nJ02,k1,8\n';
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', 'text/csv').set('x-filename', 'targets.csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: expect.stringContaining('指标「k1」不是方案中的指标'), extensions: { code: 'DATA_INVALID', file: 'targets.csv', row: 3, column: '指标' } },
    ]);
    expect(await targets()).toEqual(before);
  });

  it('refuses an event code no rule reads and a project column that names no field', async () => {
    const events = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/events')
      .set('Content-Type', 'text/csv')
      .set('x-filename', 'events.csv')
      .send('单位编号,月份,事项代码\nJ01,2021-02,ZZ\n');
    expect(events.status).toBe(400);
    expect(events.body.errors[0]).toMatchObject({ message: expect.stringContaining('事项代码「ZZ」'), extensions: { row: 2, column: '事项代码' } });
    const projects = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/projects')
      .set('Content-Type', 'text/csv')
      .set('x-filename', 'projects.csv')
      .send('项目编号,单位编号,项目名称,总投资(万元),用地面积\nP1,J01,甲,6000,30\n');
    expect(projects.status).toBe(400);
    expect(projects.body.errors[0]).toMatchObject({ message: expect.stringContaining('项目表的列「用地面积」'), extensions: { row: 1, column: '用地面积' } });
  });

  it('404s an unknown table and 400s an empty body', async () => {
    expect((await t.as.evaluator.post('/api/v1/schemes/demo/imports/things').set('Content-Type', 'text/csv').send('a\n1')).status).toBe(404);
    expect((await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', 'text/csv').send('')).status).toBe(400);
  });
});

describe('units import', () => {
  it('refuses to drop a unit the other tables still name', async () => {
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/units?mode=replace&confirmDelete=1')
      .set('Content-Type', 'text/csv')
      .send('单位编号,单位名称,所属组别\nJ01,榕东街道,街镇组\nJ02,榕西街道,街镇组\n');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { message: string }) => e.message).join()).toContain('J03');
    expect((await listRecords(t.store.db, 'demo', 'units')).map((u) => u.id)).toEqual(['J01', 'J02', 'J03']);
  });
});

describe('XLSX import', () => {
  it('finds the header under a merged title and imports', async () => {
    const body = await targetsWorkbook([
      ['J01', 'K2', 3],
      ['J02', 'K2', 4],
    ]);
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets?mode=replace&confirmDelete=4')
      .set('Content-Type', XLSX)
      .set('x-filename', 'targets.xlsx')
      .send(body);
    expect(res.status).toBe(200);
    expect(await targets()).toEqual([
      { unitId: 'J01', indicator: 'K2', value: '3', period: null },
      { unitId: 'J02', indicator: 'K2', value: '4', period: null },
    ]);
  });

  it('writes nothing from a workbook with bad rows and lists each error with sheet, row and column', async () => {
    const before = await targets();
    const body = await targetsWorkbook([
      ['J01', 'K1', 'twelve'],
      ['J02', '', 5],
      ['J03', 'K1', 5],
    ]);
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', XLSX).set('x-filename', 'targets.xlsx').send(body);
    expect(res.status).toBe(400);
    const where = res.body.errors.map((e: { extensions: { sheet: string; row: number; column?: string } }) => [e.extensions.sheet, e.extensions.row]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['目标', 3],
        ['目标', 4],
      ]),
    );
    expect(res.body.errors.every((e: { extensions: { column?: string } }) => typeof e.extensions.column === 'string')).toBe(true);
    expect(await targets()).toEqual(before);
  });

  it('names the sheet, row and column of a unit that is not in the units table', async () => {
    const body = await targetsWorkbook([
      ['J01', 'K2', 3],
      ['X9', 'K2', 4],
    ]);
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', XLSX).set('x-filename', 'targets.xlsx').send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: '单位 X9 不在单位表中', extensions: { code: 'DATA_INVALID', file: 'targets.xlsx', sheet: '目标', row: 4, column: '单位编号' } },
    ]);
  });

  it('answers a file that is not a workbook with DATA_INVALID', async () => {
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets')
      .set('Content-Type', XLSX)
      .send(Buffer.from('PK\u0003\u0004 definitely not a zip'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('DATA_INVALID');
  });
});

describe('an import killed midway', () => {
  it('rolls back every row already written, and its audit entry', async () => {
    const before = await targets();
    const auditBefore = (await listAudit(t.store.db, { entity: 'targets' })).length;
    let written = 0;
    const app = createApp({
      store: t.store,
      faults: {
        afterImportRow: (n) => {
          written = n;
          if (n === 2) throw new Error('injected failure after 2 rows');
        },
      },
    });
    const agent = request.agent(app);
    await agent.post('/api/v1/auth/login').send({ username: 'evaluator', password: 'correct-horse-battery' });
    const csv = '单位编号,指标,年度目标\nJ01,K1,1\nJ02,K1,2\nJ03,K1,3\n';
    const res = await agent.post('/api/v1/schemes/demo/imports/targets').set('Content-Type', 'text/csv').send(csv);
    expect(written).toBe(2);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL' } }] });
    expect(await targets()).toEqual(before);
    expect(await listAudit(t.store.db, { entity: 'targets' })).toHaveLength(auditBefore);
  });
});
