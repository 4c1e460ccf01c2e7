import type { Dataset } from '@kaoping/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { copyDataset, listRecords, loadDataset, replaceTable } from './data-tables.ts';
import { upsertReport, upsertTarget } from './data-upserts.ts';
import { insertScheme } from './schemes.ts';

const data: Dataset = {
  units: [
    { id: 'J02', name: '榕西街道', group: '街镇组' },
    { id: 'J01', name: '榕东街道', group: null },
  ],
  targets: [
    { unitId: 'J01', indicator: 'K1', value: '4', period: null },
    { unitId: 'J02', indicator: 'K1', value: '0.125', period: '2021' },
  ],
  reports: [{ unitId: 'J01', indicator: 'K6', period: '2021-01', value: '3000.50' }],
  events: [{ unitId: 'J02', period: '2021-05', kind: 'veto', code: 'V1', count: '1', note: null }],
  projects: [{ id: 'P1', unitId: 'J01', name: '园区', fields: { total: '35000', realEstate: false, signedOn: null } }],
};

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'a', name: 'A', pack: {} }, 'x');
  await insertScheme(store.db, { id: 'b', name: 'B', pack: {} }, 'x');
  for (const table of ['units', 'targets', 'reports', 'events', 'projects'] as const) await replaceTable(store.db, 'a', table, data[table] as never[]);
});
afterAll(async () => {
  await store.close();
});

describe('data tables', () => {
  it('round-trips a dataset exactly, in input order', async () => {
    expect(await loadDataset(store.db, 'a')).toEqual(data);
  });

  it('filters by unit, indicator and period', async () => {
    expect(await listRecords(store.db, 'a', 'units', { unitId: 'J01' })).toEqual([data.units[1]]);
    expect(await listRecords(store.db, 'a', 'targets', { period: '2021' })).toEqual([data.targets[1]]);
    expect(await listRecords(store.db, 'a', 'reports', { indicator: 'K7' })).toEqual([]);
  });

  it('rolls back a replacement that fails part-way', async () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ id: `U${i}`, name: `单位${i}`, group: null }));
    await expect(
      store.db.transaction().execute((trx) =>
        replaceTable(trx, 'a', 'units', many, (n) => {
          if (n === 5) throw new Error('cut');
        }),
      ),
    ).rejects.toThrow('cut');
    expect(await listRecords(store.db, 'a', 'units')).toEqual(data.units);
  });

  it('upserts one target and one report, returning the previous value', async () => {
    const old = await upsertTarget(store.db, 'a', { unitId: 'J01', indicator: 'K1', value: '5', period: null });
    expect(old?.value).toBe('4');
    expect(await upsertTarget(store.db, 'a', { unitId: 'J01', indicator: 'K2', value: '1', period: null })).toBeUndefined();
    expect((await listRecords(store.db, 'a', 'targets')).map((t) => `${t.unitId}/${t.indicator}=${t.value}`)).toEqual(['J01/K1=5', 'J02/K1=0.125', 'J01/K2=1']);
    expect(await upsertReport(store.db, 'a', { unitId: 'J01', indicator: 'K6', period: '2021-01', value: null })).toMatchObject({
      value: '3000.50',
    });
    expect(await listRecords(store.db, 'a', 'reports')).toEqual([{ unitId: 'J01', indicator: 'K6', period: '2021-01', value: null }]);
  });

  it('copies a dataset to another scheme', async () => {
    await copyDataset(store.db, 'a', 'b');
    expect(await loadDataset(store.db, 'b')).toEqual(await loadDataset(store.db, 'a'));
  });
});
