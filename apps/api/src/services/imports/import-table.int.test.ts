import { KaopingError } from '@kaoping/contracts';
import { listAudit, listImportBatches, listRecords, openTestStore, tableHash, upsertTarget, type Store, type User } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineJobs, type Jobs } from '../../jobs/jobs.ts';
import { DATASET } from '../../testing/fixtures.ts';
import { putScheme } from '../../testing/test-app.ts';
import { testPack } from '../../testing/test-pack.ts';
import { importTable, type ImportInput } from './import-table.ts';
import { undoImport } from './undo-import.ts';

const user: User = { username: 'evaluator', role: 'evaluator', schemeId: null, unitId: null, disabled: false, createdAt: '', updatedAt: '' };
const csv = (values: number[]) => Buffer.from(`单位编号,指标,年度目标\n${values.map((v, i) => `J0${i + 1},K1,${v}`).join('\n')}\n`);
const input = (values: number[], extra: Partial<ImportInput> = {}): ImportInput => ({
  table: 'targets',
  body: csv(values),
  file: 'targets.csv',
  xlsx: false,
  dryRun: false,
  mode: 'merge',
  ...extra,
});

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await putScheme(store, 'demo', testPack(), DATASET);
}, 180_000);
afterAll(async () => {
  await store.close();
});

describe('importTable (staged rows, one short swap)', () => {
  it('lets other requests run while its rows are written, and undoes back to the rows before it', async () => {
    const before = await listRecords(store.db, 'demo', 'targets');
    let read: Promise<unknown> | undefined;
    let readDone = false;
    const result = await importTable(
      store,
      'demo',
      input([7, 8, 9], {
        afterRow: (n) => {
          if (n === 1) read = listRecords(store.db, 'demo', 'units').then(() => (readDone = true));
        },
      }),
      user,
    );
    // The read started after the first row was written and was answered before the import finished.
    expect(readDone).toBe(true);
    await read;
    const k1 = (await listRecords(store.db, 'demo', 'targets')).filter((t) => t.indicator === 'K1');
    expect(k1.map((t) => [t.unitId, t.value])).toEqual([
      ['J01', '7'],
      ['J02', '8'],
      ['J03', '9'],
    ]);
    if (result.dryRun) throw new Error('not a dry run');
    const [batch] = await listImportBatches(store.db, 'demo');
    expect(batch?.id).toBe(result.batchId);
    await undoImport(store, result.batchId, user);
    expect(await listRecords(store.db, 'demo', 'targets')).toEqual(before);
  });

  it('writes nothing when the table changed while the file was read (CONFLICT)', async () => {
    const batches = (await listImportBatches(store.db, 'demo')).length;
    const audit = (await listAudit(store.db, {})).length;
    // Someone edits a target after the import read the table and before it swaps its rows in.
    const meddling: Jobs = {
      run: async (task) => {
        const output = await inlineJobs.run(task);
        await upsertTarget(store.db, 'demo', { unitId: 'J01', indicator: 'K1', value: '42', period: null });
        return output;
      },
    };
    const edited = importTable(store, 'demo', input([1, 2, 3]), user, meddling);
    await expect(edited).rejects.toSatisfy((e) => e instanceof KaopingError && e.code === 'CONFLICT');
    const targets = await listRecords(store.db, 'demo', 'targets');
    expect(targets.find((t) => t.unitId === 'J01')?.value).toBe('42');
    expect(targets.find((t) => t.unitId === 'J02' && t.indicator === 'K1')?.value).toBe('100');
    expect(await listImportBatches(store.db, 'demo')).toHaveLength(batches);
    expect(await listAudit(store.db, {})).toHaveLength(audit);
  });

  it('stores the hash the table reads back with, so a later undo is allowed', async () => {
    const result = await importTable(store, 'demo', input([4, 5, 6]), user);
    if (result.dryRun) throw new Error('not a dry run');
    const hash = await tableHash(store.db, 'demo', 'targets');
    const undone = await undoImport(store, result.batchId, user);
    expect(undone.undoneBy).toBe('evaluator');
    expect(await tableHash(store.db, 'demo', 'targets')).not.toBe(hash);
  });
});
