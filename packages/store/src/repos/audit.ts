import type { AuditEntry } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditFilter {
  entity?: string | undefined;
  user?: string | undefined;
  /** Inclusive; a date (YYYY-MM-DD) or a full timestamp. */
  from?: string | undefined;
  /** Inclusive; a date covers that whole day. */
  to?: string | undefined;
  limit?: number | undefined;
}

/** Appends one entry; call it with the transaction that made the change, so both commit or neither. */
export async function appendAudit(db: Db, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      created_at: nowIso(),
      created_by: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** Newest first. */
export async function listAudit(db: Db, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.user) query = query.where('created_by', '=', filter.user);
  if (filter.from) query = query.where('created_at', '>=', filter.from);
  // '~' sorts after every character of an ISO timestamp, so a bare date includes its whole day.
  if (filter.to) query = query.where('created_at', '<=', `${filter.to}~`);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
