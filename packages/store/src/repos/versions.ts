import type { VersionSummary } from '@kaoping/contracts';
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
  input: { pack: unknown; note: string; effectiveFrom: string },
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
    author: actor,
    created_at: nowIso(),
  };
  await db.insertInto('versions').values(row).execute();
  return toSummary(row);
}

export async function listVersions(db: Db, schemeId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('versions')
    .select(['version', 'note', 'effective_from', 'author', 'created_at'])
    .where('scheme_id', '=', schemeId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function getVersion(db: Db, schemeId: string, version: number): Promise<Version | undefined> {
  const row = await db
    .selectFrom('versions')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { ...toSummary(row), pack: JSON.parse(row.pack) as unknown } : undefined;
}

/** The version in force on `asOf`: the highest version whose effectiveFrom ≤ asOf. */
export async function versionInForce(db: Db, schemeId: string, asOf: string): Promise<Version | undefined> {
  const row = await db
    .selectFrom('versions')
    .select('version')
    .where('scheme_id', '=', schemeId)
    .where('effective_from', '<=', asOf)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? getVersion(db, schemeId, row.version) : undefined;
}

function toSummary(r: { version: number; note: string; effective_from: string; author: string; created_at: string }): VersionSummary {
  return { version: r.version, note: r.note, effectiveFrom: r.effective_from, author: r.author, createdAt: r.created_at };
}
