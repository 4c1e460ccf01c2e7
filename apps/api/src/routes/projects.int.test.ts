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

const url = '/api/v1/schemes/demo/projects';
const entry = (fields: Record<string, string | boolean | null>) => ({ id: 'P9', unitId: 'J02', name: '榕西物流园', fields });

describe('project library reads', () => {
  it('lists projects with their unit names and filters by unit, sector and flag', async () => {
    const res = await t.as.evaluator.get(url);
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: { id: string; unitName: string }) => `${p.id}:${p.unitName}`)).toEqual([
      'P1:榕东街道',
      'P4:榕西街道',
      'P2:凤池街道',
      'P3:凤池街道',
    ]);
    expect((await t.as.evaluator.get(url).query({ unitId: 'J03' })).body.data).toHaveLength(2);
  });

  it("shows a reporter the own unit's projects only, and a viewer none", async () => {
    const own = await t.as.reporter.get(url);
    expect(own.body.data.map((p: { unitId: string }) => p.unitId)).toEqual(['J01']);
    expect((await t.as.reporter.get(url).query({ unitId: 'J02' })).status).toBe(403);
    expect((await t.as.viewer.get(url)).status).toBe(403);
    expect((await t.as.reporter.post(url).send(entry({}))).status).toBe(403);
  });
});

describe('project library changes', () => {
  it('adds a project, reading fields as an import does, and audits it', async () => {
    const fields = {
      sector: '现代物流',
      investment: '12000.50',
      annualPlan: '3000',
      provincialKey: true,
      plannedSign: '2021年第一季度',
      plannedStart: '2021年6月',
      plannedCompletion: '2021年下半年',
      plannedListing: '2021-10-15',
    };
    const res = await t.as.evaluator.post(url).send(entry(fields));
    expect(res.status).toBe(201);
    const stored = (await listRecords(t.store.db, 'demo', 'projects')).at(-1);
    expect(stored).toEqual({
      id: 'P9',
      unitId: 'J02',
      name: '榕西物流园',
      fields: { ...fields, plannedSign: '2021-03-31', plannedStart: '2021-06-30', plannedCompletion: '2021-12-31' },
    });
    const [audit] = await listAudit(t.store.db, { entity: 'project' });
    expect(audit).toMatchObject({ createdBy: 'evaluator', action: 'create', after: { id: 'P9' } });
    expect((await t.as.evaluator.get(url).query({ flag: 'provincialKey' })).body.data.map((p: { id: string }) => p.id)).toEqual(['P9']);
    expect((await t.as.evaluator.get(url).query({ sector: '现代物流' })).body.data).toHaveLength(1);
  });

  it('refuses a taken id, an unknown unit, an unknown field and unreadable values, writing nothing', async () => {
    const before = await listRecords(t.store.db, 'demo', 'projects');
    const taken = await t.as.evaluator.post(url).send({ ...entry({}), id: 'P1' });
    expect(taken.status).toBe(409);
    const unknownUnit = await t.as.evaluator.post(url).send({ ...entry({}), id: 'P10', unitId: 'X9' });
    expect(unknownUnit.body.errors[0].extensions.pointer).toBe('/unitId');
    const bad = await t.as.evaluator.post(url).send({ ...entry({ plannedStart: '明年', investment: '1,2', colour: 'red' }), id: 'P10' });
    expect(bad.status).toBe(400);
    const pointers = bad.body.errors.map((e: { extensions: { pointer: string } }) => e.extensions.pointer);
    expect(pointers.sort()).toEqual(['/fields/colour', '/fields/investment', '/fields/plannedStart']);
    expect(JSON.stringify(bad.body)).toContain('计划开工');
    expect(await listRecords(t.store.db, 'demo', 'projects')).toEqual(before);
  });

  it('edits a project in place, keeping the fields the form leaves out, and audits before and after', async () => {
    const res = await t.as.evaluator.put(`${url}/P9`).send(entry({ plannedStart: '2021-08', annualPlan: null }));
    expect(res.status).toBe(200);
    expect(res.body.data.fields).toMatchObject({ plannedStart: '2021-08-31', annualPlan: null, investment: '12000.50' });
    const [audit] = await listAudit(t.store.db, { entity: 'project' });
    expect(audit).toMatchObject({ action: 'update', before: { fields: { plannedStart: '2021-06-30' } }, after: { fields: { plannedStart: '2021-08-31' } } });
    expect((await t.as.evaluator.put(`${url}/P9`).send({ ...entry({}), id: 'P8' })).status).toBe(400);
    expect((await t.as.evaluator.put(`${url}/nope`).send({ ...entry({}), id: 'nope' })).status).toBe(404);
  });

  it('deletes a project and audits what it was', async () => {
    expect((await t.as.evaluator.delete(`${url}/P9`)).status).toBe(200);
    expect((await listRecords(t.store.db, 'demo', 'projects')).map((p) => p.id)).toEqual(['P1', 'P4', 'P2', 'P3']);
    const [audit] = await listAudit(t.store.db, { entity: 'project' });
    expect(audit).toMatchObject({ action: 'delete', before: { id: 'P9' } });
    expect((await t.as.evaluator.delete(`${url}/P9`)).status).toBe(404);
  });
});
