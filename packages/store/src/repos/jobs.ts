import { sql } from 'kysely';
import { nowIso, type Db } from '../database.ts';

export type JobKind = 'import' | 'run';
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A job row: what to do (input, JSON), where it stands, and how it ended (result or error, JSON). */
export interface StoredJob {
  id: string;
  kind: JobKind;
  schemeId: string;
  state: JobState;
  progress: number;
  input: string;
  result: string | null;
  error: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface JobRow {
  id: string; kind: JobKind; scheme_id: string; state: JobState; progress: number; input: string; result: string | null;
  error: string | null; created_by: string; created_at: string; started_at: string | null; finished_at: string | null;
}

const fromRow = (r: JobRow): StoredJob => ({
  id: r.id, kind: r.kind, schemeId: r.scheme_id, state: r.state, progress: r.progress, input: r.input, result: r.result, error: r.error,
  createdBy: r.created_by, createdAt: r.created_at, startedAt: r.started_at, finishedAt: r.finished_at,
});

export async function insertJob(db: Db, job: { id: string; kind: JobKind; schemeId: string; input: string; createdBy: string }): Promise<void> {
  await db.insertInto('jobs').values({
    id: job.id, kind: job.kind, scheme_id: job.schemeId, state: 'queued', progress: 0, input: job.input, created_by: job.createdBy, created_at: nowIso(),
  }).execute();
}

export async function getJob(db: Db, id: string): Promise<StoredJob | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}

/**
 * Takes the oldest queued job and marks it running, in one statement. `FOR UPDATE SKIP LOCKED`
 * lets several API processes on one PostgreSQL share the queue without taking the same job.
 */
export async function claimJob(db: Db): Promise<StoredJob | undefined> {
  const result = await sql<JobRow>`
    UPDATE jobs SET state = 'running', started_at = ${nowIso()}
    WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  const row = result.rows[0];
  return row === undefined ? undefined : fromRow(row);
}

export async function setJobProgress(db: Db, id: string, progress: number): Promise<void> {
  await db.updateTable('jobs').set({ progress }).where('id', '=', id).where('state', '=', 'running').execute();
}

/** Ends a running job with its result or its error (both JSON text). */
export async function finishJob(db: Db, id: string, end: { result: string } | { error: string }): Promise<void> {
  const done = 'result' in end;
  await db.updateTable('jobs')
    .set({ state: done ? 'done' : 'failed', progress: done ? 100 : 0, result: done ? end.result : null, error: done ? null : end.error, finished_at: nowIso() })
    .where('id', '=', id).execute();
}
