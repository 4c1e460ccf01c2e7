import type { Db } from '../database.ts';

export interface RunSummary {
  id: string;
  schemeId: string;
  version: number;
  asOf: string;
  fingerprint: string;
  createdBy: string;
  createdAt: string;
}

export interface StoredRun extends RunSummary {
  /** The result JSON exactly as stored (byte-for-byte what the engine produced and we serialised). */
  result: string;
}

export async function insertRun(db: Db, run: StoredRun): Promise<void> {
  await db
    .insertInto('runs')
    .values({
      id: run.id,
      scheme_id: run.schemeId,
      version: run.version,
      as_of: run.asOf,
      fingerprint: run.fingerprint,
      result: run.result,
      created_by: run.createdBy,
      created_at: run.createdAt,
    })
    .execute();
}

/** Newest first. */
export async function listRuns(db: Db, schemeId: string): Promise<RunSummary[]> {
  const rows = await db
    .selectFrom('runs')
    .select(['id', 'scheme_id', 'version', 'as_of', 'fingerprint', 'created_by', 'created_at'])
    .where('scheme_id', '=', schemeId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toSummary);
}

export async function getRun(db: Db, id: string): Promise<StoredRun | undefined> {
  const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...toSummary(row), result: row.result } : undefined;
}

function toSummary(r: {
  id: string;
  scheme_id: string;
  version: number;
  as_of: string;
  fingerprint: string;
  created_by: string;
  created_at: string;
}): RunSummary {
  return {
    id: r.id,
    schemeId: r.scheme_id,
    version: r.version,
    asOf: r.as_of,
    fingerprint: r.fingerprint,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
