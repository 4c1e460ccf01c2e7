import { CycleSettings } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export interface StoredCycleSettings {
  settings: CycleSettings;
  updatedAt: string;
  updatedBy: string;
}

/** The scheme's reporting cycle, or undefined while none is set up. */
export async function getCycleSettings(db: Db, schemeId: string): Promise<StoredCycleSettings | undefined> {
  const row = await db.selectFrom('cycle_settings').selectAll().where('scheme_id', '=', schemeId).executeTakeFirst();
  if (!row) return undefined;
  return { settings: CycleSettings.parse(JSON.parse(row.settings)), updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** Saves (inserts or replaces) the scheme's reporting cycle. */
export async function putCycleSettings(db: Db, schemeId: string, settings: CycleSettings, actor: string): Promise<void> {
  const values = { settings: JSON.stringify(settings), updated_at: nowIso(), updated_by: actor };
  await db
    .insertInto('cycle_settings')
    .values({ scheme_id: schemeId, ...values })
    .onConflict((oc) => oc.column('scheme_id').doUpdateSet(values))
    .execute();
}
