import type { ImportMode, RunStatus, VersionReviewStatus } from '@kaoping/contracts';
import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * Table types. Timestamps are ISO-8601 UTC strings (`2021-06-30T08:00:00.000Z`) so PGlite and PostgreSQL
 * return the same thing; decimals and JSON are text so that no value is ever rounded by a driver.
 */
export interface Database {
  data_generations: { scheme_id: string; table_name: string; gen: number; revision: number };
  kp_migrations: { id: number; name: string; applied_at: string };
  schemes: { id: string; name: string; created_at: string; created_by: string; review_required: Generated<boolean> };
  drafts: { scheme_id: string; pack: string; revision: number; updated_at: string; updated_by: string };
  versions: {
    scheme_id: string;
    version: number;
    pack: string;
    note: string;
    effective_from: string;
    created_by: string;
    created_at: string;
    review_status: Generated<VersionReviewStatus>;
    reviewed_by: string | null;
    reviewed_at: string | null;
    review_note: string | null;
  };
  units: { scheme_id: string; seq: number; gen: Generated<number>; id: string; name: string; group_ref: string | null; aliases: string | null };
  targets: { scheme_id: string; seq: number; gen: Generated<number>; unit_id: string; indicator: string; period: string | null; value: string };
  reports: { scheme_id: string; seq: number; gen: Generated<number>; unit_id: string; indicator: string; period: string; value: string | null };
  events: {
    scheme_id: string;
    seq: number;
    gen: Generated<number>;
    unit_id: string;
    period: string;
    kind: string | null;
    code: string;
    count: string;
    note: string | null;
  };
  projects: { scheme_id: string; seq: number; gen: Generated<number>; id: string; unit_id: string; name: string; fields: string };
  runs: {
    id: string;
    scheme_id: string;
    version: number;
    as_of: string;
    fingerprint: string;
    result: string;
    created_by: string;
    created_at: string;
    status: Generated<RunStatus>;
    period_id: string | null;
    period_label: string | null;
    released_by: string | null;
    released_at: string | null;
    release_note: string | null;
    voided_by: string | null;
    voided_at: string | null;
    void_reason: string | null;
    gaps: string | null;
  };
  jobs: {
    id: string;
    kind: 'import' | 'run';
    scheme_id: string;
    state: 'queued' | 'running' | 'done' | 'failed';
    progress: number;
    input: string;
    result: string | null;
    error: string | null;
    created_by: string;
    created_at: string;
    started_at: string | null;
    finished_at: string | null;
    attempts: Generated<number>;
    lease_until: string | null;
    heartbeat_at: string | null;
    progress_detail: string | null;
  };
  import_batches: {
    id: string;
    scheme_id: string;
    table_name: string;
    mode: ImportMode;
    file: string;
    sheet: string | null;
    created_by: string;
    created_at: string;
    counts: string;
    before_rows: string;
    after_hash: string;
    undone_at: string | null;
    undone_by: string | null;
  };
  users: {
    username: string;
    password_hash: string;
    role: string;
    unit_id: string | null;
    scheme_id: string | null;
    disabled: boolean;
    created_at: string;
    updated_at: string;
  };
  cycle_settings: { scheme_id: string; settings: string; updated_at: string; updated_by: string };
  submissions: {
    scheme_id: string;
    unit_id: string;
    period: string;
    state: string;
    body: string;
    reason: string | null;
    updated_at: string;
    updated_by: string;
    submitted_at: string | null;
    submitted_by: string | null;
    reviewed_at: string | null;
    reviewed_by: string | null;
  };
  bulletin_templates: { scheme_id: string; template: string; updated_at: string; updated_by: string };
  sessions: { id: string; username: string; created_at: string; expires_at: string };
  run_views: { run_id: string; audience: string; state: string; etag: string; body_gz: Uint8Array };
  run_units: { run_id: string; unit_id: string; group_id: string; body: string };
  login_limits: { key: string; hits: number; reset_at: string };
  audit_log: {
    id: Generated<number>;
    created_at: string;
    created_by: string;
    action: string;
    entity: string;
    entity_id: string;
    before: string | null;
    after: string | null;
  };
}

/** Anything queries can run on: the database itself or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Current time as stored. */
export function nowIso(): string {
  return new Date().toISOString();
}
