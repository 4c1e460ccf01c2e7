import type { FieldValue, Report, Target, UnitEvent } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { currentGen, touchTable } from './data-generations.ts';

async function nextSeq(db: Db, table: 'targets' | 'reports' | 'events', schemeId: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(({ fn }) => fn.max('seq').as('s'))
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, table))
    .executeTakeFirst();
  return row?.s === null || row?.s === undefined ? 0 : Number(row.s) + 1;
}

/** Sets one target (same unit, indicator and period); returns the previous one, if any. */
export async function upsertTarget(db: Db, schemeId: string, target: Target): Promise<Target | undefined> {
  await touchTable(db, schemeId, 'targets');
  let query = db
    .deleteFrom('targets')
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'targets'))
    .where('unit_id', '=', target.unitId)
    .where('indicator', '=', target.indicator);
  query = target.period === null ? query.where('period', 'is', null) : query.where('period', '=', target.period);
  const old = await query.returning(['value', 'seq']).execute();
  const seq = old[0]?.seq ?? (await nextSeq(db, 'targets', schemeId));
  await db
    .insertInto('targets')
    .values({
      scheme_id: schemeId,
      seq,
      gen: currentGen(schemeId, 'targets'),
      unit_id: target.unitId,
      indicator: target.indicator,
      period: target.period,
      value: target.value,
    })
    .execute();
  return old[0] ? { ...target, value: old[0].value } : undefined;
}

/** Sets one monthly report (same unit, indicator and period); returns the previous one, if any. */
export async function upsertReport(db: Db, schemeId: string, report: Report): Promise<Report | undefined> {
  await touchTable(db, schemeId, 'reports');
  const old = await db
    .deleteFrom('reports')
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'reports'))
    .where('unit_id', '=', report.unitId)
    .where('indicator', '=', report.indicator)
    .where('period', '=', report.period)
    .returning(['value', 'seq'])
    .execute();
  const seq = old[0]?.seq ?? (await nextSeq(db, 'reports', schemeId));
  await db
    .insertInto('reports')
    .values({
      scheme_id: schemeId,
      seq,
      gen: currentGen(schemeId, 'reports'),
      unit_id: report.unitId,
      indicator: report.indicator,
      period: report.period,
      value: report.value,
    })
    .execute();
  return old[0] ? { ...report, value: old[0].value } : undefined;
}

/**
 * Replaces the events of one unit and period that have the same code and kind (e.g. the LATE event a submission
 * made) by `event`, or removes them when `event` is null. Returns the events removed.
 */
export async function replaceUnitEvent(
  db: Db,
  schemeId: string,
  key: Pick<UnitEvent, 'unitId' | 'period' | 'code' | 'kind'>,
  event: UnitEvent | null,
): Promise<UnitEvent[]> {
  await touchTable(db, schemeId, 'events');
  let query = db
    .deleteFrom('events')
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'events'))
    .where('unit_id', '=', key.unitId)
    .where('period', '=', key.period)
    .where('code', '=', key.code);
  query = key.kind === null ? query.where('kind', 'is', null) : query.where('kind', '=', key.kind);
  const old = await query.returning(['seq', 'count', 'note']).execute();
  if (event) {
    const seq = old[0]?.seq ?? (await nextSeq(db, 'events', schemeId));
    await db
      .insertInto('events')
      .values({
        scheme_id: schemeId,
        seq,
        gen: currentGen(schemeId, 'events'),
        unit_id: event.unitId,
        period: event.period,
        kind: event.kind,
        code: event.code,
        count: event.count,
        note: event.note,
      })
      .execute();
  }
  return old.map((o) => ({ ...key, count: o.count, note: o.note }));
}

/** Sets some fields of one project (others kept); returns the fields before, or undefined for an unknown project. */
export async function patchProjectFields(
  db: Db,
  schemeId: string,
  projectId: string,
  patch: Record<string, FieldValue>,
): Promise<Record<string, FieldValue> | undefined> {
  await touchTable(db, schemeId, 'projects');
  const row = await db
    .selectFrom('projects')
    .select('fields')
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!row) return undefined;
  const before = JSON.parse(row.fields) as Record<string, FieldValue>;
  await db
    .updateTable('projects')
    .set({ fields: JSON.stringify({ ...before, ...patch }) })
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, 'projects'))
    .where('id', '=', projectId)
    .execute();
  return before;
}
