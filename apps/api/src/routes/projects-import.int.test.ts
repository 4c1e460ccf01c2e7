import { listRecords } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const HEADER = '项目编号,单位编号,项目名称,行业领域,项目类型,总投资(万元),年度计划投资(万元),是否房地产,是否省重点,计划签约,计划开工,计划竣工,计划入库纳统';
const post = (csv: string, query = '') =>
  t.as.evaluator
    .post(`/api/v1/schemes/demo/imports/projects${query}`)
    .set('Content-Type', 'text/csv')
    .set('x-filename', encodeURIComponent('项目库.csv'))
    .send(csv);
const projects = () => listRecords(t.store.db, 'demo', 'projects');

describe('project library import', () => {
  it('previews a library sheet with Chinese headers on a dry run, writing nothing', async () => {
    const before = await projects();
    const csv = `${HEADER}\nP1,J01,甲,现代物流,新建,6000.25,1500,否,是,2021年上半年,2021年6月,2021年第四季度,2021-12-20\n`;
    const res = await post(csv, '?dryRun=1&mode=merge');
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.rows[0].fields).toEqual({
      sector: '现代物流',
      category: '新建',
      investment: '6000.25',
      annualPlan: '1500',
      realEstate: false,
      provincialKey: true,
      plannedSign: '2021-06-30',
      plannedStart: '2021-06-30',
      plannedCompletion: '2021-12-31',
      plannedListing: '2021-12-20',
    });
    expect(await projects()).toEqual(before);
  });

  it('names the file, line and header of an unknown column, an unknown unit and a bad plan', async () => {
    const csv = `${HEADER},颜色\nP1,J01,甲,现代物流,新建,6000,1500,否,是,,2021年6月,,,红\nP7,J01,庚,现代物流,新建,1,1,否,否,,明年,,,\nP6,X9,辛,现代物流,新建,1,1,否,否,,2021年6月,,,\n`;
    const res = await post(csv, '?dryRun=1&mode=merge');
    const where = res.body.problems.map((p: { file: string; row?: number; column?: string }) => `${p.file}:${p.row ?? ''}:${p.column ?? ''}`);
    expect(where).toEqual(expect.arrayContaining(['项目库.csv:1:颜色', '项目库.csv:3:计划开工', '项目库.csv:4:单位编号']));
    const real = await post(csv, '?mode=merge');
    expect(real.status).toBe(400);
  });

  it('merges, then undoes the batch back to the rows before it', async () => {
    const before = await projects();
    const res = await post(
      `${HEADER}\nP1,J01,甲二期,现代物流,新建,6000,1500,否,是,,2021年6月,,,\nP8,J02,新项目,现代商贸,新建,800,200,否,否,,2021年第三季度,,,\n`,
      '?mode=merge',
    );
    expect(res.status).toBe(200);
    const merged = await projects();
    expect(merged.map((p) => p.id)).toEqual(['P1', 'P4', 'P2', 'P3', 'P8']);
    expect(merged.find((p) => p.id === 'P8')?.fields['plannedStart']).toBe('2021-09-30');
    const library = await t.as.evaluator.get('/api/v1/schemes/demo/projects').query({ unitId: 'J02' });
    expect(library.body.data.map((p: { id: string; unitName: string }) => `${p.id}:${p.unitName}`)).toEqual(['P4:榕西街道', 'P8:榕西街道']);
    expect((await t.as.evaluator.post(`/api/v1/imports/${String(res.body.batchId)}/undo`)).status).toBe(200);
    expect(await projects()).toEqual(before);
  });
});
