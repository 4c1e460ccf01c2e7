import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export interface Draft {
  pack: unknown;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export async function getDraft(db: Db, schemeId: string): Promise<Draft | undefined> {
  const row = await db.selectFrom('drafts').selectAll().where('scheme_id', '=', schemeId).executeTakeFirst();
  if (!row) return undefined;
  return { pack: JSON.parse(row.pack) as unknown, revision: row.revision, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/**
 * Optimistic save: writes only if the stored revision is still `expectedRevision`.
 * Returns the new revision, or null when someone saved in between (nothing written).
 */
export async function saveDraft(db: Db, schemeId: string, pack: unknown, expectedRevision: number, actor: string): Promise<number | null> {
  const row = await db
    .updateTable('drafts')
    .set((eb) => ({
      pack: JSON.stringify(pack),
      revision: eb('revision', '+', 1),
      updated_at: nowIso(),
      updated_by: actor,
    }))
    .where('scheme_id', '=', schemeId)
    .where('revision', '=', expectedRevision)
    .returning('revision')
    .executeTakeFirst();
  return row ? row.revision : null;
}
