import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../open-store.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { getCycleSettings, putCycleSettings } from './cycle-settings.ts';
import { listRecords, replaceTable } from './data-tables.ts';
import { patchProjectFields, replaceUnitEvent } from './data-upserts.ts';
import { insertScheme } from './schemes.ts';
import { getSubmission, listSubmissions, putSubmission } from './submissions.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertScheme(store.db, { id: 's1', name: '方案一', pack: {} }, 'alice');
  await replaceTable(store.db, 's1', 'events', [{ unitId: 'U1', period: '2022-01', kind: 'late', code: 'LATE', count: '2', note: '手工录入' }]);
  await replaceTable(store.db, 's1', 'projects', [{ id: 'P1', unitId: 'U1', name: '甲', fields: { investment: '6000', signedOn: null } }]);
});
afterAll(async () => {
  await store.close();
});

const base = {
  unitId: 'U1',
  period: '2022-01',
  body: { values: { X3: '1' }, projects: [], note: '' },
  reason: null,
  updatedBy: 'rep',
  submittedAt: null,
  submittedBy: null,
  reviewedAt: null,
  reviewedBy: null,
};

describe('cycle settings', () => {
  it('has none until saved, then the latest', async () => {
    expect(await getCycleSettings(store.db, 's1')).toBeUndefined();
    await putCycleSettings(
      store.db,
      's1',
      { cadence: 'month', deadline: { kind: 'dayOfNextMonth', day: 4 }, calendar: { holidays: [], extraWorkdays: [] } },
      'a',
    );
    await putCycleSettings(
      store.db,
      's1',
      { cadence: 'month', deadline: { kind: 'dayOfNextMonth', day: 20 }, calendar: { holidays: ['2022-01-31'], extraWorkdays: [] } },
      'b',
    );
    expect(await getCycleSettings(store.db, 's1')).toMatchObject({
      settings: { deadline: { day: 20 }, calendar: { holidays: ['2022-01-31'] } },
      updatedBy: 'b',
    });
  });
});

describe('submissions', () => {
  it('stores one row per unit and period, replaced on each save', async () => {
    expect(await getSubmission(store.db, 's1', 'U1', '2022-01')).toBeUndefined();
    await putSubmission(store.db, 's1', { ...base, state: 'unreported' });
    await putSubmission(store.db, 's1', { ...base, state: 'submitted', submittedAt: '2022-02-07T01:00:00.000Z', submittedBy: 'rep' });
    const got = await getSubmission(store.db, 's1', 'U1', '2022-01');
    expect(got).toMatchObject({ state: 'submitted', body: { values: { X3: '1' } }, submittedBy: 'rep' });
    expect(await listSubmissions(store.db, 's1', '2022-01')).toHaveLength(1);
    expect(await listSubmissions(store.db, 's1', '2022-02')).toHaveLength(0);
  });
});

describe('submission side effects', () => {
  it('replaces only the events with the same unit, period, code and kind', async () => {
    const late = { unitId: 'U1', period: '2022-01', kind: 'submission', code: 'LATE', count: '3', note: '迟报3天' };
    expect(await replaceUnitEvent(store.db, 's1', late, late)).toEqual([]);
    const removed = await replaceUnitEvent(store.db, 's1', late, { ...late, count: '4' });
    expect(removed).toEqual([{ unitId: 'U1', period: '2022-01', kind: 'submission', code: 'LATE', count: '3', note: '迟报3天' }]);
    const events = await listRecords(store.db, 's1', 'events');
    expect(events.map((e) => [e.kind, e.count])).toEqual([
      ['late', '2'],
      ['submission', '4'],
    ]);
    await replaceUnitEvent(store.db, 's1', late, null);
    expect(await listRecords(store.db, 's1', 'events')).toHaveLength(1);
  });

  it('patches project fields and keeps the others', async () => {
    expect(await patchProjectFields(store.db, 's1', 'P1', { signedOn: '2022-01-20' })).toEqual({ investment: '6000', signedOn: null });
    const [project] = await listRecords(store.db, 's1', 'projects');
    expect(project?.fields).toEqual({ investment: '6000', signedOn: '2022-01-20' });
    expect(await patchProjectFields(store.db, 's1', 'nope', {})).toBeUndefined();
  });
});
