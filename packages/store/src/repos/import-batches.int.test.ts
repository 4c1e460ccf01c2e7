import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { replaceTable } from './data-tables.ts';
import { getImportBatch, insertImportBatch, listImportBatches, markImportUndone } from './import-batches.ts';
import { insertScheme } from './schemes.ts';
import { recordsHash } from './records-hash.ts';
import { tableHash } from './table-hash.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'a', name: 'A', pack: {} }, 'x');
});
afterAll(async () => {
  await store.close();
});

const units = [
  { id: 'J02', name: '榕西街道', group: '街镇组' },
  { id: 'J01', name: '榕东街道', group: null },
];

describe('import batches', () => {
  it('keeps the rows before a batch exactly and marks an undo once', async () => {
    await replaceTable(store.db, 'a', 'units', units);
    const hash = await tableHash(store.db, 'a', 'units');
    expect(hash).toBe(recordsHash(units));
    const counts = { added: 1, changed: 0, unchanged: 2, deleted: 0 };
    await insertImportBatch(store.db, {
      id: 'b1',
      schemeId: 'a',
      table: 'units',
      mode: 'merge',
      file: '单位.csv',
      sheet: null,
      createdBy: 'eva',
      createdAt: '2021-04-01T00:00:00.000Z',
      counts,
      beforeRows: units,
      afterHash: hash,
    });
    expect(await listImportBatches(store.db, 'a')).toEqual([
      {
        id: 'b1',
        table: 'units',
        mode: 'merge',
        file: '单位.csv',
        sheet: null,
        createdBy: 'eva',
        createdAt: '2021-04-01T00:00:00.000Z',
        counts,
        undoneAt: null,
        undoneBy: null,
      },
    ]);
    expect((await getImportBatch(store.db, 'b1'))?.beforeRows).toEqual(units);
    expect(await markImportUndone(store.db, 'b1', 'adm', '2021-04-02T00:00:00.000Z')).toBe(true);
    expect(await markImportUndone(store.db, 'b1', 'adm', '2021-04-03T00:00:00.000Z')).toBe(false);
    expect(await getImportBatch(store.db, 'b1')).toMatchObject({ undoneAt: '2021-04-02T00:00:00.000Z', undoneBy: 'adm' });
  });
});
