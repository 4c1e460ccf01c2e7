import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export interface StoredBulletinTemplate {
  template: unknown;
  updatedAt: string;
  updatedBy: string;
}

/** The scheme's saved 通报 template, or undefined while it uses the default. */
export async function getBulletinTemplate(db: Db, schemeId: string): Promise<StoredBulletinTemplate | undefined> {
  const row = await db.selectFrom('bulletin_templates').selectAll().where('scheme_id', '=', schemeId).executeTakeFirst();
  if (!row) return undefined;
  return { template: JSON.parse(row.template) as unknown, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** Saves (inserts or replaces) the scheme's template. */
export async function putBulletinTemplate(db: Db, schemeId: string, template: unknown, actor: string): Promise<void> {
  const values = { template: JSON.stringify(template), updated_at: nowIso(), updated_by: actor };
  await db
    .insertInto('bulletin_templates')
    .values({ scheme_id: schemeId, ...values })
    .onConflict((oc) => oc.column('scheme_id').doUpdateSet(values))
    .execute();
}
