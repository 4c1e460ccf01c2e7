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

/** A target or a monthly report: one value of a unit's indicator in a period (a target's may be for no period). */
interface ValueRow {
  unitId: string;
  indicator: string;
  period: string | null;
  value: string | null;
}

/**
 * Sets one target or report (same unit, indicator and period), keeping the row's place in the table's
 * order (its seq); returns the previous value, or undefined when there was none.
 */
async function replaceValue(db: Db, table: 'targets' | 'reports', schemeId: string, row: ValueRow): Promise<{ value: string | null } | undefined> {
  await touchTable(db, schemeId, table);
  let query = db
    .deleteFrom(table)
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, table))
    .where('unit_id', '=', row.unitId)
    .where('indicator', '=', row.indicator);
  query = row.period === null ? query.where('period', 'is', null) : query.where('period', '=', row.period);
  const old = await query.returning(['value', 'seq']).execute();
  const seq = old[0]?.seq ?? (await nextSeq(db, table, schemeId));
  await db
    .insertInto(table)
    .values({
      scheme_id: schemeId,
      seq,
      gen: currentGen(schemeId, table),
      unit_id: row.unitId,
      indicator: row.indicator,
      period: row.period,
      value: row.value,
    })
    .execute();
  return old[0];
}

/** Sets one target (same unit, indicator and period); returns the previous one, if any. */
export async function upsertTarget(db: Db, schemeId: string, target: Target): Promise<Target | undefined> {
  const old = await replaceValue(db, 'targets', schemeId, target);
  // The targets table's value column is NOT NULL: a target's previous value is a text.
  return old ? { ...target, value: old.value as string } : undefined;
}

/** Sets one monthly report (same unit, indicator and period); returns the previous one, if any. */
export async function upsertReport(db: Db, schemeId: string, report: Report): Promise<Report | undefined> {
  const old = await replaceValue(db, 'reports', schemeId, report);
  return old ? { ...report, value: old.value } : undefined;
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
