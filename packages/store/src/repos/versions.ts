import { versionInForce as inForce, type VersionReviewStatus, type VersionSummary } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export type { VersionSummary };

export interface Version extends VersionSummary {
  pack: unknown;
}

/** Publishes `pack` as the next version number. Published versions are never updated. */
export async function insertVersion(
  db: Db,
  schemeId: string,
  input: { pack: unknown; note: string; effectiveFrom: string; needsReview?: boolean },
  actor: string,
): Promise<VersionSummary> {
  const last = await db
    .selectFrom('versions')
    .select(({ fn }) => fn.max('version').as('v'))
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  const version = (last?.v === null || last?.v === undefined ? 0 : Number(last.v)) + 1;
  const row = {
    scheme_id: schemeId,
    version,
    pack: JSON.stringify(input.pack),
    note: input.note,
    effective_from: input.effectiveFrom,
    created_by: actor,
    created_at: nowIso(),
    review_status: input.needsReview === true ? ('pending' as const) : ('approved' as const),
    reviewed_by: null,
    reviewed_at: null,
    review_note: null,
  };
  await db.insertInto('versions').values(row).execute();
  return toSummary(row);
}

export async function listVersions(db: Db, schemeId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('versions')
    .select(['version', 'note', 'effective_from', 'created_by', 'created_at', 'review_status', 'reviewed_by', 'reviewed_at', 'review_note'])
    .where('scheme_id', '=', schemeId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function getVersion(db: Db, schemeId: string, version: number): Promise<Version | undefined> {
  const row = await db.selectFrom('versions').selectAll().where('scheme_id', '=', schemeId).where('version', '=', version).executeTakeFirst();
  return row ? { ...toSummary(row), pack: JSON.parse(row.pack) as unknown } : undefined;
}

/** The version in force on `asOf`, as contracts' `versionInForce` decides it (待复核 and 已驳回 never are), with its pack. */
export async function versionInForce(db: Db, schemeId: string, asOf: string): Promise<Version | undefined> {
  const chosen = inForce(await listVersions(db, schemeId), asOf);
  return chosen ? getVersion(db, schemeId, chosen.version) : undefined;
}

/** Records the second pair of eyes on a 待复核 version; false when it was not pending (already reviewed). */
export async function reviewVersion(
  db: Db,
  schemeId: string,
  version: number,
  review: { status: 'approved' | 'rejected'; by: string; note: string | null },
): Promise<boolean> {
  const done = await db
    .updateTable('versions')
    .set({ review_status: review.status, reviewed_by: review.by, reviewed_at: nowIso(), review_note: review.note })
    .where('scheme_id', '=', schemeId)
    .where('version', '=', version)
    .where('review_status', '=', 'pending')
    .returning('version')
    .execute();
  return done.length === 1;
}

interface VersionRow {
  version: number;
  note: string;
  effective_from: string;
  created_by: string;
  created_at: string;
  review_status: VersionReviewStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
}

function toSummary(r: VersionRow): VersionSummary {
  const review = { status: r.review_status, by: r.reviewed_by, at: r.reviewed_at, note: r.review_note };
  return { version: r.version, note: r.note, effectiveFrom: r.effective_from, createdBy: r.created_by, createdAt: r.created_at, review };
}
