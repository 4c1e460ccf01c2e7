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
  /** What the job is doing, as JSON text ({ phase, done, total }); null before it reports. */
  progressDetail: string | null;
  input: string;
  result: string | null;
  error: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** How many times a process has claimed it; the claim's number fences that process's later writes. */
  attempts: number;
  /** Until when the claiming process holds it; renewed by its heartbeat. */
  leaseUntil: string | null;
  heartbeatAt: string | null;
}

interface JobRow {
  id: string;
  kind: JobKind;
  scheme_id: string;
  state: JobState;
  progress: number;
  progress_detail: string | null;
  input: string;
  result: string | null;
  error: string | null;
  created_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  attempts: number;
  lease_until: string | null;
  heartbeat_at: string | null;
}

const fromRow = (r: JobRow): StoredJob => ({
  id: r.id,
  kind: r.kind,
  schemeId: r.scheme_id,
  state: r.state,
  progress: r.progress,
  progressDetail: r.progress_detail,
  input: r.input,
  result: r.result,
  error: r.error,
  createdBy: r.created_by,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  attempts: r.attempts,
  leaseUntil: r.lease_until,
  heartbeatAt: r.heartbeat_at,
});

/** How long a claim holds, and how many claims a job gets before it is given up. */
export interface LeaseOptions {
  leaseMs: number;
  maxAttempts: number;
}

export const DEFAULT_LEASE: LeaseOptions = { leaseMs: 30_000, maxAttempts: 3 };

const isoIn = (ms: number): string => new Date(Date.now() + ms).toISOString();

export async function insertJob(db: Db, job: { id: string; kind: JobKind; schemeId: string; input: string; createdBy: string }): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      scheme_id: job.schemeId,
      state: 'queued',
      progress: 0,
      input: job.input,
      created_by: job.createdBy,
      created_at: nowIso(),
    })
    .execute();
}

/** A job as its status shows it: everything but its input (an uploaded file of many megabytes, read only by the claim). */
export type JobStatus = Omit<StoredJob, 'input'>;

const STATUS_COLUMNS = [
  'id',
  'kind',
  'scheme_id',
  'state',
  'progress',
  'progress_detail',
  'result',
  'error',
  'created_by',
  'created_at',
  'started_at',
  'finished_at',
  'attempts',
  'lease_until',
  'heartbeat_at',
] as const;

/** A job's status; polled while a request waits for its end, so it leaves the input in the database. */
export async function getJob(db: Db, id: string): Promise<JobStatus | undefined> {
  const row = await db.selectFrom('jobs').select(STATUS_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const { input: _input, ...status } = fromRow({ ...row, input: '' });
  return status;
}

/**
 * Fails every running job whose lease has expired after its last allowed attempt (its processes died
 * each time), with `error` (JSON text), but not those in `except` (the caller's own, still running). Returns the ids failed.
 */
export async function failAbandonedJobs(db: Db, maxAttempts: number, error: (attempts: number) => string, except: readonly string[] = []): Promise<string[]> {
  const now = nowIso();
  const abandoned = (
    await db
      .selectFrom('jobs')
      .select(['id', 'attempts'])
      .where('state', '=', 'running')
      .where('lease_until', '<', now)
      .where('attempts', '>=', maxAttempts)
      .execute()
  ).filter((j) => !except.includes(j.id));
  const failed: string[] = [];
  for (const job of abandoned) {
    const done = await db
      .updateTable('jobs')
      .set({ state: 'failed', error: error(job.attempts), finished_at: now, lease_until: null })
      .where('id', '=', job.id)
      .where('state', '=', 'running')
      .where('attempts', '=', job.attempts)
      .where('lease_until', '<', now)
      .returning('id')
      .executeTakeFirst();
    if (done !== undefined) failed.push(job.id);
  }
  return failed;
}

/**
 * Takes the oldest job that is queued, or running with an expired lease (its process died) and
 * attempts left (and not in `except`), and marks it running under a fresh lease, in one statement. `FOR UPDATE SKIP LOCKED`
 * lets several API processes on one PostgreSQL share the queue without taking the same job.
 */
export async function claimJob(db: Db, lease: LeaseOptions = DEFAULT_LEASE, except: readonly string[] = []): Promise<StoredJob | undefined> {
  const now = nowIso();
  // The caller's own running jobs are never taken for abandoned (its heartbeat may merely wait behind a long transaction).
  const mine = except.length === 0 ? sql`` : sql`AND id NOT IN (${sql.join(except)})`;
  const result = await sql<JobRow>`
    UPDATE jobs SET state = 'running', started_at = ${now}, heartbeat_at = ${now}, lease_until = ${isoIn(lease.leaseMs)}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM jobs
      WHERE (state = 'queued' OR (state = 'running' AND lease_until < ${now} AND attempts < ${lease.maxAttempts})) ${mine}
      ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  const row = result.rows[0];
  return row === undefined ? undefined : fromRow(row);
}

/** A claim: the job and the attempt that holds it (a process that lost its lease cannot write any more). */
export interface JobClaim {
  id: string;
  attempts: number;
}

// RETURNING rather than numUpdatedRows: PGlite's driver does not report affected rows.
const held = (db: Db, claim: JobClaim) =>
  db.updateTable('jobs').where('id', '=', claim.id).where('state', '=', 'running').where('attempts', '=', claim.attempts);

/** Renews the lease; false when the job is no longer this claim's (it expired and was claimed again, or ended). */
export async function renewJobLease(db: Db, claim: JobClaim, leaseMs: number): Promise<boolean> {
  const done = await held(db, claim)
    .set({ lease_until: isoIn(leaseMs), heartbeat_at: nowIso() })
    .returning('id')
    .executeTakeFirst();
  return done !== undefined;
}

/** Records how far a running job is: 0–100, and what it is doing (JSON text). */
export async function setJobProgress(db: Db, claim: JobClaim | string, progress: number, detail: string | null = null): Promise<void> {
  const c = typeof claim === 'string' ? await getJob(db, claim) : claim;
  if (c === undefined) return;
  await held(db, c).set({ progress, progress_detail: detail }).execute();
}

/**
 * Ends a running job with its result or its error (both JSON text), if `claim` still holds it; the
 * input (the uploaded file) is dropped then. Returns false when another claim took the job over.
 */
export async function finishJob(db: Db, claim: JobClaim | string, end: { result: string } | { error: string }): Promise<boolean> {
  const c = typeof claim === 'string' ? await getJob(db, claim) : claim;
  if (c === undefined) return false;
  const done = 'result' in end;
  const updated = await held(db, c)
    .set({
      state: done ? 'done' : 'failed',
      progress: done ? 100 : 0,
      result: done ? end.result : null,
      error: done ? null : end.error,
      finished_at: nowIso(),
      lease_until: null,
      input: '{}',
    })
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}
