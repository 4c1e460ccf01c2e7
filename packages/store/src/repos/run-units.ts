import type { Db } from '../database.ts';

/** One unit's part of a stored result (its row and trace, as JSON text). */
export interface RunUnitRow {
  unitId: string;
  groupId: string;
  body: string;
}

export async function insertRunUnits(db: Db, runId: string, rows: readonly RunUnitRow[]): Promise<void> {
  // Chunked: a large run has thousands of units and a statement has a bounded number of parameters.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ run_id: runId, unit_id: r.unitId, group_id: r.groupId, body: r.body }));
    await db
      .insertInto('run_units')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function getRunUnit(db: Db, runId: string, unitId: string): Promise<RunUnitRow | undefined> {
  const row = await db
    .selectFrom('run_units')
    .select(['unit_id', 'group_id', 'body'])
    .where('run_id', '=', runId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return row ? { unitId: row.unit_id, groupId: row.group_id, body: row.body } : undefined;
}

/** Whether the run's unit rows were written (runs stored before they existed have none). */
export async function hasRunUnits(db: Db, runId: string): Promise<boolean> {
  const row = await db.selectFrom('run_units').select('unit_id').where('run_id', '=', runId).limit(1).executeTakeFirst();
  return row !== undefined;
}
