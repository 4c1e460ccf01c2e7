import type { Project } from '@kaoping/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { storedRows } from '../testing/stored-rows.ts';
import { BULK_CHUNK, tableFingerprint, yieldToLoop } from './data-bulk.ts';
import { dropGenerations, switchGeneration, tableVersion } from './data-generations.ts';
import { prepareGeneration } from './data-prepare.ts';
import { encodeStage } from './data-stage.ts';
import { listRecords, replaceTable } from './data-tables.ts';
import { upsertTarget } from './data-upserts.ts';
import { insertScheme } from './schemes.ts';

const projects = (n: number, tag: string): Project[] =>
  Array.from({ length: n }, (_, i) => ({ id: `P${i}`, unitId: `J0${(i % 2) + 1}`, name: `${tag}${i}`, fields: { total: String(i) } }));

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 'g', name: 'G', pack: {} }, 'x');
}, 180_000);
afterAll(async () => {
  await store.close();
});

describe('data generations', () => {
  it('reads the old rows while an import prepares its generation, and the new ones once it switched', async () => {
    const old = projects(BULK_CHUNK + 7, '旧');
    await store.db.transaction().execute((trx) => replaceTable(trx, 'g', 'projects', old));
    // An append: the old rows are kept (copied into the new generation), the new ones follow.
    const next = [...old, ...projects(BULK_CHUNK * 3 + 1, '新').map((p, i) => ({ ...p, id: `N${i}` }))];
    const version = await tableVersion(store.db, 'g', 'projects');
    const fingerprint = await tableFingerprint(store.db, 'g', 'projects');

    let prepared = false;
    const preparing = prepareGeneration(store.db, 'g', encodeStage('projects', next, old.length), version.gen).finally(() => (prepared = true));
    const seen: Project[][] = [];
    // A reader that lets the event loop run between its reads, as requests arriving over HTTP do.
    while (!prepared) {
      seen.push(await listRecords(store.db, 'g', 'projects'));
      await yieldToLoop();
    }
    const gen = await preparing;

    // Reads ran between the prepare's statements (more than one), and each saw exactly the old table.
    expect(seen.length).toBeGreaterThan(1);
    for (const rows of seen) expect(rows).toEqual(old);
    expect(await storedRows(store.db, 'projects', 'g')).toBe(old.length + next.length);
    expect(await tableVersion(store.db, 'g', 'projects')).toEqual(version);
    expect(await tableFingerprint(store.db, 'g', 'projects')).toBe(fingerprint);

    expect(await store.db.transaction().execute((trx) => switchGeneration(trx, 'g', 'projects', version, gen))).toBe(true);
    expect(await listRecords(store.db, 'g', 'projects')).toEqual(next);
    await dropGenerations(store.db, 'g', 'projects');
    expect(await storedRows(store.db, 'projects', 'g')).toBe(next.length);
    expect(await listRecords(store.db, 'g', 'projects')).toEqual(next);
  });

  it('leaves the table as it was when a prepared generation is never switched, and a later import removes it', async () => {
    const before = await listRecords(store.db, 'g', 'projects');
    const version = await tableVersion(store.db, 'g', 'projects');
    // As a process killed after its prepare leaves it: rows of a generation nobody switched to.
    await prepareGeneration(store.db, 'g', encodeStage('projects', projects(BULK_CHUNK + 1, '弃')), version.gen);
    expect(await listRecords(store.db, 'g', 'projects')).toEqual(before);
    expect(await storedRows(store.db, 'projects', 'g')).toBe(before.length + BULK_CHUNK + 1);

    const replacing = projects(5, '替');
    const gen = await prepareGeneration(store.db, 'g', encodeStage('projects', replacing), version.gen);
    expect(await switchGeneration(store.db, 'g', 'projects', version, gen)).toBe(true);
    await dropGenerations(store.db, 'g', 'projects');
    expect(await listRecords(store.db, 'g', 'projects')).toEqual(replacing);
    expect(await storedRows(store.db, 'projects', 'g')).toBe(replacing.length);
  });

  it('lets only one of two imports prepared against the same version switch; the other writes nothing', async () => {
    const version = await tableVersion(store.db, 'g', 'events');
    const event = (code: string) => ({ unitId: 'J01', period: '2021-05', kind: null, code, count: '1', note: null });
    const first = await prepareGeneration(store.db, 'g', encodeStage('events', [event('A')]), version.gen);
    const second = await prepareGeneration(store.db, 'g', encodeStage('events', [event('B'), event('C')]), version.gen);
    expect(second).not.toBe(first);
    expect(await switchGeneration(store.db, 'g', 'events', version, second)).toBe(true);
    expect(await switchGeneration(store.db, 'g', 'events', version, first)).toBe(false);
    await dropGenerations(store.db, 'g', 'events', first);
    await dropGenerations(store.db, 'g', 'events');
    expect(await listRecords(store.db, 'g', 'events')).toEqual([event('B'), event('C')]);
    expect(await storedRows(store.db, 'events', 'g')).toBe(2);
  });

  it('deletes what it wrote when a row hook fails', async () => {
    const before = await listRecords(store.db, 'g', 'projects');
    const rowsBefore = await storedRows(store.db, 'projects', 'g');
    const failing = prepareGeneration(store.db, 'g', encodeStage('projects', projects(BULK_CHUNK + 1, '断')), 0, (n) => {
      if (n === BULK_CHUNK + 1) throw new Error('cut short');
    });
    await expect(failing).rejects.toThrow('cut short');
    expect(await storedRows(store.db, 'projects', 'g')).toBe(rowsBefore);
    expect(await listRecords(store.db, 'g', 'projects')).toEqual(before);
  });

  it('refuses to switch a table imported or edited after the import read it', async () => {
    const target = { unitId: 'J01', indicator: 'K1', value: '1', period: null };
    await upsertTarget(store.db, 'g', target);
    const version = await tableVersion(store.db, 'g', 'targets');
    const gen = await prepareGeneration(store.db, 'g', encodeStage('targets', [{ ...target, value: '2' }]), version.gen);
    await upsertTarget(store.db, 'g', { ...target, value: '3' });
    expect(await switchGeneration(store.db, 'g', 'targets', version, gen)).toBe(false);
    await dropGenerations(store.db, 'g', 'targets', gen);
    expect(await listRecords(store.db, 'g', 'targets')).toEqual([{ ...target, value: '3' }]);
    expect(await storedRows(store.db, 'targets', 'g')).toBe(1);
  });
});
