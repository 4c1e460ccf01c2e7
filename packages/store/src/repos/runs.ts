import type { RunStatus } from '@kaoping/contracts';
import type { Db } from '../database.ts';

export interface RunSummary {
  id: string;
  schemeId: string;
  version: number;
  asOf: string;
  fingerprint: string;
  createdBy: string;
  createdAt: string;
  /** 待审核 until released; 已作废 once voided. */
  status: RunStatus;
  periodId: string | null;
  periodLabel: string | null;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseNote: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface StoredRun extends RunSummary {
  /** The result JSON exactly as stored (byte-for-byte what the engine produced and we serialised). */
  result: string;
  /** The data gaps the run was accepted with, as JSON text; null when there were none. */
  gaps: string | null;
}

/** What a new run needs; it starts as a 待审核 draft unless `status` says otherwise (fixtures). */
export interface NewRun {
  id: string;
  schemeId: string;
  version: number;
  asOf: string;
  fingerprint: string;
  result: string;
  createdBy: string;
  createdAt: string;
  status?: RunStatus;
  periodId?: string | null;
  periodLabel?: string | null;
  gaps?: string | null;
}

export async function insertRun(db: Db, run: NewRun): Promise<void> {
  const released = run.status === 'released';
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
      status: run.status ?? 'draft',
      period_id: run.periodId ?? null,
      period_label: run.periodLabel ?? null,
      gaps: run.gaps ?? null,
      released_by: released ? run.createdBy : null,
      released_at: released ? run.createdAt : null,
    })
    .execute();
}

const SUMMARY = [
  'id',
  'scheme_id',
  'version',
  'as_of',
  'fingerprint',
  'created_by',
  'created_at',
  'status',
  'period_id',
  'period_label',
  'released_by',
  'released_at',
  'release_note',
  'voided_by',
  'voided_at',
  'void_reason',
] as const;

/** Newest first; `releasedOnly` leaves out runs never released (what reporters and viewers may see). */
export async function listRuns(db: Db, schemeId: string, releasedOnly = false): Promise<RunSummary[]> {
  let query = db.selectFrom('runs').select(SUMMARY).where('scheme_id', '=', schemeId);
  if (releasedOnly) query = query.where('released_at', 'is not', null);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toSummary);
}

/** Every run of the scheme that `runId` belongs to (none when there is no such run), newest first. */
export async function listRunsBeside(db: Db, runId: string): Promise<RunSummary[]> {
  const rows = await db
    .selectFrom('runs')
    .select(SUMMARY)
    .where('scheme_id', '=', (eb) => eb.selectFrom('runs as r').select('r.scheme_id').where('r.id', '=', runId))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toSummary);
}

export async function getRun(db: Db, id: string): Promise<StoredRun | undefined> {
  const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...toSummary(row), result: row.result, gaps: row.gaps } : undefined;
}

/** 发布结果: a draft becomes released; false when it is not a draft (any more). */
export async function releaseRun(db: Db, id: string, by: string, at: string, note: string): Promise<boolean> {
  const rows = await db
    .updateTable('runs')
    .set({ status: 'released', released_by: by, released_at: at, release_note: note })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** 作废: a draft or released run is withdrawn; false when it already was. */
export async function voidRun(db: Db, id: string, by: string, at: string, reason: string): Promise<boolean> {
  const rows = await db
    .updateTable('runs')
    .set({ status: 'voided', voided_by: by, voided_at: at, void_reason: reason })
    .where('id', '=', id)
    .where('status', '<>', 'voided')
    .returning('id')
    .execute();
  return rows.length === 1;
}

type SummaryRow = { [K in (typeof SUMMARY)[number]]: K extends 'version' ? number : K extends 'status' ? RunStatus : string | null };

function toSummary(r: SummaryRow): RunSummary {
  return {
    id: r.id ?? '',
    schemeId: r.scheme_id ?? '',
    version: r.version,
    asOf: r.as_of ?? '',
    fingerprint: r.fingerprint ?? '',
    createdBy: r.created_by ?? '',
    createdAt: r.created_at ?? '',
    status: r.status,
    periodId: r.period_id,
    periodLabel: r.period_label,
    releasedBy: r.released_by,
    releasedAt: r.released_at,
    releaseNote: r.release_note,
    voidedBy: r.voided_by,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
  };
}
