import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { listRecords, replaceTable } from './data-tables.ts';
import { deleteProject, getProject, insertProject, listProjectViews, updateProject } from './project-library.ts';
import { insertScheme } from './schemes.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'a', name: 'A', pack: {} }, 'x');
  await insertScheme(store.db, { id: 'b', name: 'B', pack: {} }, 'x');
  await replaceTable(store.db, 'a', 'units', [
    { id: 'U1', name: '交通工作组', group: null },
    { id: 'U2', name: '产业工作组', group: null },
  ]);
  await replaceTable(store.db, 'b', 'units', [{ id: 'U1', name: '别的方案的单位', group: null }]);
  await replaceTable(store.db, 'a', 'projects', [
    { id: 'P1', unitId: 'U1', name: '公路', fields: { sector: '交通', provincialKey: true, annualPlan: '9600.5' } },
    { id: 'P2', unitId: 'U2', name: '园区', fields: { sector: '产业', provincialKey: false } },
  ]);
});
afterAll(async () => {
  await store.close();
});

describe('project library', () => {
  it('lists projects in input order with the unit name of their own scheme', async () => {
    const all = await listProjectViews(store.db, 'a');
    expect(all.map((p) => [p.id, p.unitName])).toEqual([
      ['P1', '交通工作组'],
      ['P2', '产业工作组'],
    ]);
    expect(all[0]?.fields['annualPlan']).toBe('9600.5');
  });

  it('filters by unit, sector and flag', async () => {
    expect((await listProjectViews(store.db, 'a', { unitId: 'U2' })).map((p) => p.id)).toEqual(['P2']);
    expect((await listProjectViews(store.db, 'a', { sector: '交通' })).map((p) => p.id)).toEqual(['P1']);
    expect((await listProjectViews(store.db, 'a', { flag: 'provincialKey' })).map((p) => p.id)).toEqual(['P1']);
    expect(await listProjectViews(store.db, 'a', { flag: 'realEstate' })).toEqual([]);
  });

  it('adds at the end, updates in place and deletes', async () => {
    await insertProject(store.db, 'a', { id: 'P3', unitId: 'U1', name: '桥梁', fields: { plannedStart: '2020-04-30' } });
    expect((await listRecords(store.db, 'a', 'projects')).map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect(await updateProject(store.db, 'a', { id: 'P1', unitId: 'U2', name: '公路二期', fields: {} })).toBe(true);
    expect(await updateProject(store.db, 'a', { id: 'nope', unitId: 'U2', name: 'x', fields: {} })).toBe(false);
    expect(await getProject(store.db, 'a', 'P1')).toEqual({ id: 'P1', unitId: 'U2', name: '公路二期', fields: {} });
    expect((await listRecords(store.db, 'a', 'projects')).map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect((await deleteProject(store.db, 'a', 'P3'))?.fields).toEqual({ plannedStart: '2020-04-30' });
    expect(await deleteProject(store.db, 'a', 'P3')).toBeUndefined();
    expect(await getProject(store.db, 'b', 'P1')).toBeUndefined();
  });
});
