import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export interface SchemeRow {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string;
  latestVersion: number | null;
  /** 发布需复核: published versions take effect only once a second evaluator or admin approves them. */
  reviewRequired: boolean;
}

/** Inserts the scheme and its draft (revision 1). */
export async function insertScheme(db: Db, scheme: { id: string; name: string; pack: unknown }, actor: string): Promise<void> {
  const at = nowIso();
  await db.insertInto('schemes').values({ id: scheme.id, name: scheme.name, created_at: at, created_by: actor }).execute();
  await db
    .insertInto('drafts')
    .values({ scheme_id: scheme.id, pack: JSON.stringify(scheme.pack), revision: 1, updated_at: at, updated_by: actor })
    .execute();
}

export async function listSchemes(db: Db): Promise<SchemeRow[]> {
  return selectSchemes(db, undefined);
}

export async function getScheme(db: Db, id: string): Promise<SchemeRow | undefined> {
  return (await selectSchemes(db, id))[0];
}

/** Schemes with their latest approved version number; one scheme when `id` is given. */
async function selectSchemes(db: Db, id: string | undefined): Promise<SchemeRow[]> {
  let query = db
    .selectFrom('schemes')
    // Only approved versions count: a 待复核 or 已驳回 one is never the scheme's latest.
    .leftJoin('versions', (join) => join.onRef('versions.scheme_id', '=', 'schemes.id').on('versions.review_status', '=', 'approved'))
    .select(({ fn }) => [
      'schemes.id',
      'schemes.name',
      'schemes.created_at',
      'schemes.created_by',
      'schemes.review_required',
      fn.max('versions.version').as('latest'),
    ])
    .groupBy(['schemes.id', 'schemes.name', 'schemes.created_at', 'schemes.created_by', 'schemes.review_required']);
  if (id !== undefined) query = query.where('schemes.id', '=', id);
  const rows = await query.orderBy('schemes.id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    createdBy: r.created_by,
    latestVersion: r.latest === null ? null : Number(r.latest),
    reviewRequired: r.review_required,
  }));
}

/** Turns 发布需复核 on or off for a scheme. */
export async function setReviewRequired(db: Db, id: string, required: boolean): Promise<void> {
  await db.updateTable('schemes').set({ review_required: required }).where('id', '=', id).execute();
}

/** The scheme's name; its pack's name follows in the same transaction (the caller saves the draft). */
export async function renameScheme(db: Db, id: string, name: string): Promise<void> {
  await db.updateTable('schemes').set({ name }).where('id', '=', id).execute();
}

export async function countSchemes(db: Db): Promise<number> {
  const row = await db
    .selectFrom('schemes')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
