import { SubmissionBody, SubmissionState } from '@kaoping/contracts';
import type { Database, Db } from '../database.ts';
import { nowIso } from '../database.ts';

/** One unit's submission for one period, as stored. */
export interface StoredSubmission {
  unitId: string;
  period: string;
  state: SubmissionState;
  body: SubmissionBody;
  reason: string | null;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

/** A submissions row as selected (the table's columns from `Database`, less the scheme). */
type Row = Omit<Database['submissions'], 'scheme_id'>;

const fromRow = (r: Row): StoredSubmission => ({
  unitId: r.unit_id,
  period: r.period,
  state: SubmissionState.parse(r.state),
  body: SubmissionBody.parse(JSON.parse(r.body)),
  reason: r.reason,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  reviewedAt: r.reviewed_at,
  reviewedBy: r.reviewed_by,
});

/** One submission, or undefined when the unit has neither a draft nor a submission for the period. */
export async function getSubmission(db: Db, schemeId: string, unitId: string, period: string): Promise<StoredSubmission | undefined> {
  const row = await db
    .selectFrom('submissions')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('unit_id', '=', unitId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Every stored submission of a period (all units). */
export async function listSubmissions(db: Db, schemeId: string, period: string): Promise<StoredSubmission[]> {
  const rows = await db.selectFrom('submissions').selectAll().where('scheme_id', '=', schemeId).where('period', '=', period).orderBy('unit_id').execute();
  return rows.map(fromRow);
}

/** Inserts or replaces a submission; `updatedAt` is stamped now. */
export async function putSubmission(db: Db, schemeId: string, s: Omit<StoredSubmission, 'updatedAt'>): Promise<StoredSubmission> {
  const values = {
    state: s.state,
    body: JSON.stringify(s.body),
    reason: s.reason,
    updated_at: nowIso(),
    updated_by: s.updatedBy,
    submitted_at: s.submittedAt,
    submitted_by: s.submittedBy,
    reviewed_at: s.reviewedAt,
    reviewed_by: s.reviewedBy,
  };
  await db
    .insertInto('submissions')
    .values({ scheme_id: schemeId, unit_id: s.unitId, period: s.period, ...values })
    .onConflict((oc) => oc.columns(['scheme_id', 'unit_id', 'period']).doUpdateSet(values))
    .execute();
  return { ...s, updatedAt: values.updated_at };
}
