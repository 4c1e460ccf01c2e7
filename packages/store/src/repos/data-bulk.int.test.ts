import type { Dataset, Project } from '@kaoping/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { storedRows } from '../testing/stored-rows.ts';
import { BULK_CHUNK, insertRecords, lockTable, tableFingerprint } from './data-bulk.ts';
import { dropGenerations, switchGeneration, tableVersion } from './data-generations.ts';
import { prepareGeneration } from './data-prepare.ts';
import { encodeStage } from './data-stage.ts';
import type { DataRecords, DataTable } from './data-rows.ts';
import { DATA_TABLES, listRecords, replaceTable } from './data-tables.ts';
import { upsertTarget } from './data-upserts.ts';
import { insertScheme } from './schemes.ts';
import { tableHash } from './table-hash.ts';

// Nullable columns, aliases, JSON fields and a unit without aliases: what the stored form must keep exactly.
const data: Dataset = {
  units: [
    { id: 'J02', name: '榕西街道', group: '街镇组', aliases: ['榕西'] },
    { id: 'J01', name: '榕东街道', group: null },
  ],
  targets: [
    { unitId: 'J01', indicator: 'K1', value: '4', period: null },
    { unitId: 'J02', indicator: 'K1', value: '0.125', period: '2021' },
  ],
  reports: [{ unitId: 'J01', indicator: 'K6', period: '2021-01', value: null }],
  events: [
    { unitId: 'J02', period: '2021-05', kind: 'veto', code: 'V1', count: '1', note: null },
    { unitId: 'J01', period: '2021-06', kind: null, code: 'B2', count: '2', note: '“引号”, 逗号\n换行' },
  ],
  projects: [{ id: 'P1', unitId: 'J01', name: '园区', fields: { total: '35000', realEstate: false, signedOn: null } }],
};

const projects = (n: number, tag: string): Project[] =>
  Array.from({ length: n }, (_, i) => ({ id: `P${i}`, unitId: `J0${(i % 2) + 1}`, name: `${tag}${i}`, fields: { total: String(i), realEstate: i % 2 === 0 } }));

/** What an import does: prepare a generation from the encoded rows, switch to it, drop the old one. Returns the records' hash. */
async function importRows<T extends DataTable>(
  schemeId: string,
  table: T,
  records: readonly DataRecords[T][],
  afterRow?: (written: number) => void,
  kept = 0,
): Promise<string> {
  const encoded = encodeStage(table, records, kept);
  const version = await tableVersion(store.db, schemeId, table);
  const gen = await prepareGeneration(store.db, schemeId, encoded, version.gen, afterRow);
  expect(await store.db.transaction().execute((trx) => switchGeneration(trx, schemeId, table, version, gen))).toBe(true);
  await dropGenerations(store.db, schemeId, table);
  return encoded.hash;
}

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'a', name: 'A', pack: {} }, 'x');
  await insertScheme(store.db, { id: 'b', name: 'B', pack: {} }, 'x');
}, 180_000);
afterAll(async () => {
  await store.close();
});

describe('bulk writes', () => {
  it('imports every table exactly, with the hash the table reads back with, and leaves no old generation', async () => {
    for (const table of DATA_TABLES) {
      const records = data[table] as never[];
      const hash = await importRows('a', table, records);
      expect(await listRecords(store.db, 'a', table)).toEqual(records);
      expect(hash).toBe(await tableHash(store.db, 'a', table));
      expect(await storedRows(store.db, table, 'a')).toBe(records.length);
    }
  });

  it('writes more than one chunk in order, and replaces what the scheme had', async () => {
    const many = projects(BULK_CHUNK * 2 + 3, '项目');
    const seen: number[] = [];
    const hash = await importRows('b', 'projects', many, (n) => seen.push(n));
    expect(seen).toEqual(many.map((_, i) => i + 1));
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(many);
    expect(hash).toBe(await tableHash(store.db, 'b', 'projects'));

    const fewer = projects(3, '新');
    await importRows('b', 'projects', fewer);
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(fewer);
    expect(await storedRows(store.db, 'projects', 'b')).toBe(fewer.length);
    expect(await listRecords(store.db, 'a', 'projects')).toEqual(data.projects);
  });

  it('keeps the first rows of an append or a tail merge and writes only the rest, whatever their seq', async () => {
    const base = projects(BULK_CHUNK + 10, '留');
    await store.db.transaction().execute((trx) => replaceTable(trx, 'b', 'projects', base));
    // Gaps in seq, as deleted projects leave them: the kept rows keep theirs, the new ones follow the last.
    // (Past every seq the table has: seq is unique within a generation, checked row by row.)
    await sql`UPDATE projects SET seq = seq * 3 + 100007 WHERE scheme_id = 'b'`.execute(store.db);
    const appended = [...base, ...projects(BULK_CHUNK + 4, '加').map((p, i) => ({ ...p, id: `N${i}` }))];
    const seen: number[] = [];
    const hash = await importRows('b', 'projects', appended, (n) => seen.push(n), base.length);
    // The hook counts the rows the import writes after the kept ones (an import's fault hook stops after its n-th row), not their seq.
    expect(seen).toEqual(appended.slice(base.length).map((_, i) => i + 1));
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(appended);
    expect(hash).toBe(await tableHash(store.db, 'b', 'projects'));

    // A merge that changes row 5: rows 0–4 stay, the rows after them are deleted and written again.
    const merged = appended.map((p, i) => (i === 5 ? { ...p, name: '改' } : p)).slice(0, BULK_CHUNK);
    const mergedHash = await importRows('b', 'projects', merged, undefined, 5);
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(merged);
    expect(mergedHash).toBe(await tableHash(store.db, 'b', 'projects'));
  });

  it('deletes the prepared rows and leaves the tables alone when a row hook fails', async () => {
    const before = await listRecords(store.db, 'a', 'projects');
    const failing = importRows('a', 'projects', projects(BULK_CHUNK + 1, 'x'), (n) => {
      if (n === BULK_CHUNK + 1) throw new Error('cut short');
    });
    await expect(failing).rejects.toThrow('cut short');
    expect(await storedRows(store.db, 'projects', 'a')).toBe(before.length);
    expect(await listRecords(store.db, 'a', 'projects')).toEqual(before);
  });

  it('rolls a switch back with its transaction', async () => {
    const before = await listRecords(store.db, 'a', 'targets');
    const version = await tableVersion(store.db, 'a', 'targets');
    const gen = await prepareGeneration(store.db, 'a', encodeStage('targets', [{ unitId: 'J09', indicator: 'K9', value: '9', period: null }]), version.gen);
    const swap = store.db.transaction().execute(async (trx) => {
      await lockTable(trx, 'a', 'targets');
      expect(await switchGeneration(trx, 'a', 'targets', version, gen)).toBe(true);
      throw new Error('abort');
    });
    await expect(swap).rejects.toThrow('abort');
    expect(await listRecords(store.db, 'a', 'targets')).toEqual(before);
    await dropGenerations(store.db, 'a', 'targets', gen);
    expect(await storedRows(store.db, 'targets', 'a')).toBe(before.length);
  });

  it('fingerprints a table: equal until a row changes, per scheme', async () => {
    const first = await tableFingerprint(store.db, 'a', 'targets');
    expect(await tableFingerprint(store.db, 'a', 'targets')).toBe(first);
    expect(await tableFingerprint(store.db, 'b', 'targets')).not.toBe(first);
    await upsertTarget(store.db, 'a', { unitId: 'J02', indicator: 'K1', value: '0.25', period: '2021' });
    expect(await tableFingerprint(store.db, 'a', 'targets')).not.toBe(first);
  });

  it('inserts in chunks (replaceTable) with a row hook per row', async () => {
    const many = projects(BULK_CHUNK + 5, '块');
    let last = 0;
    await store.db.transaction().execute((trx) => replaceTable(trx, 'b', 'projects', many, (n) => (last = n)));
    expect(last).toBe(many.length);
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(many);
    await expect(store.db.transaction().execute((trx) => insertRecords(trx, 'b', 'projects', projects(1, '重复')))).rejects.toThrow();
    expect(await listRecords(store.db, 'b', 'projects')).toEqual(many);
  });
});
