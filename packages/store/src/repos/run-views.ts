import type { Db } from '../database.ts';

/** A run's answer as sent to one audience, compressed, for the run's state when it was made. */
export interface RunViewRow {
  state: string;
  etag: string;
  bodyGz: Uint8Array;
}

export async function getRunView(db: Db, runId: string, audience: string): Promise<RunViewRow | undefined> {
  const row = await db
    .selectFrom('run_views')
    .select(['state', 'etag', 'body_gz'])
    .where('run_id', '=', runId)
    .where('audience', '=', audience)
    .executeTakeFirst();
  return row ? { state: row.state, etag: row.etag, bodyGz: row.body_gz } : undefined;
}

/** Keeps only the newest state per run and audience (a release or a void makes a new one). */
export async function putRunView(db: Db, runId: string, audience: string, view: RunViewRow): Promise<void> {
  await db
    .insertInto('run_views')
    .values({ run_id: runId, audience, state: view.state, etag: view.etag, body_gz: view.bodyGz })
    .onConflict((oc) => oc.columns(['run_id', 'audience']).doUpdateSet({ state: view.state, etag: view.etag, body_gz: view.bodyGz }))
    .execute();
}
