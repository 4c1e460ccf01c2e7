import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Database, Db } from '../database.ts';
import { fromRow, toRow, type DataRecords, type DataTable } from './data-rows.ts';
import { recordsHash } from './records-hash.ts';

/** The columns of each data table after scheme_id and seq, in the order staged rows keep them (c1, c2, …). */
const COLUMNS = {
  units: ['id', 'name', 'group_ref', 'aliases'],
  targets: ['unit_id', 'indicator', 'period', 'value'],
  reports: ['unit_id', 'indicator', 'period', 'value'],
  events: ['unit_id', 'period', 'kind', 'code', 'count', 'note'],
  projects: ['id', 'unit_id', 'name', 'fields'],
} as const satisfies { [T in DataTable]: readonly Exclude<keyof Database[T], 'scheme_id' | 'seq'>[] };

/**
 * Rows per statement. One statement on PGlite holds the only connection (and this thread) while it
 * runs, so it is kept to a few thousand rows: other requests get their turn between chunks.
 */
export const BULK_CHUNK = 2000;

/** Stages older than this are left over from a process that died mid-import and are removed. */
const STALE_STAGE_MS = 60 * 60 * 1000;

/** A record's row with every column present (undefined stored as NULL), as the table will hold it. */
function rowOf<T extends DataTable>(table: T, record: DataRecords[T]): Record<string, string | null> {
  const row = toRow[table](record) as Record<string, string | null | undefined>;
  const out: Record<string, string | null> = {};
  for (const column of COLUMNS[table]) out[column] = row[column] ?? null;
  return out;
}

/** `c1 text, c2 text, …` or the table's own column names, for json_to_recordset. */
function recordsetType(names: readonly string[]): RawBuilder<unknown> {
  return sql.raw(['seq integer', ...names.map((n) => `${n} text`)].join(', '));
}

/** A chunk as the JSON array json_to_recordset reads: {seq, <name>: value, …} per row. */
function chunkJson<T extends DataTable>(table: T, records: readonly DataRecords[T][], firstSeq: number, names: readonly string[]): string {
  const rows = records.map((record, i) => {
    const row = rowOf(table, record);
    const out: Record<string, string | number | null> = { seq: firstSeq + i };
    COLUMNS[table].forEach((column, c) => {
      out[names[c] ?? column] = row[column] ?? null;
    });
    return out;
  });
  return JSON.stringify(rows);
}

function list(names: readonly string[]): RawBuilder<unknown> {
  return sql.raw(names.join(', '));
}

/**
 * Inserts records as rows seq = firstSeq, firstSeq + 1, … in multi-row statements of {@link BULK_CHUNK}
 * rows. `afterRow(n)` is called for each row once its statement has run. Inside a transaction a
 * failure rolls everything back; outside, earlier chunks stay.
 */
export async function insertRecords<T extends DataTable>(
  db: Db,
  schemeId: string,
  table: T,
  records: readonly DataRecords[T][],
  afterRow?: (written: number) => void,
): Promise<void> {
  const columns = COLUMNS[table];
  for (let start = 0; start < records.length; start += BULK_CHUNK) {
    const chunk = records.slice(start, start + BULK_CHUNK);
    await sql`
      INSERT INTO ${sql.table(table)} (scheme_id, seq, ${list(columns)})
      SELECT ${schemeId}, seq, ${list(columns)}
      FROM json_to_recordset(${chunkJson(table, chunk, start, columns)}::json) AS x(${recordsetType(columns)})`.execute(db);
    for (let i = 0; i < chunk.length; i++) afterRow?.(start + i + 1);
  }
}

const STAGE_NAMES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'] as const;

/** Rows written outside the table's transaction, to be swapped in by {@link swapInStage}. */
export interface Stage {
  id: string;
  table: DataTable;
  rows: number;
  /** {@link recordsHash} of the records as the table will read them back once swapped in. */
  hash: string;
}

/**
 * Writes records to the staging table in short statements of their own (no transaction is held
 * open, so other requests run between chunks), for one short transaction to swap them in. Stages
 * left by a process that died are removed first. On failure (including one thrown by `afterRow`)
 * the stage is dropped and the error rethrown; the data tables are never touched here.
 */
export async function stageRecords<T extends DataTable>(
  db: Db,
  table: T,
  records: readonly DataRecords[T][],
  afterRow?: (written: number) => void,
): Promise<Stage> {
  const now = Date.now();
  // The id starts with the time, zero-padded, so stale stages are found by comparing ids.
  const id = `${String(now).padStart(15, '0')}-${randomUUID()}`;
  await sql`DELETE FROM import_stage WHERE stage_id < ${String(now - STALE_STAGE_MS).padStart(15, '0')}`.execute(db);
  const names = STAGE_NAMES.slice(0, COLUMNS[table].length);
  const stored: DataRecords[T][] = [];
  const map = fromRow[table] as (r: unknown) => DataRecords[T];
  try {
    for (let start = 0; start < records.length; start += BULK_CHUNK) {
      const chunk = records.slice(start, start + BULK_CHUNK);
      for (const record of chunk) stored.push(map(rowOf(table, record)));
      await sql`
        INSERT INTO import_stage (stage_id, seq, ${list(names)})
        SELECT ${id}, seq, ${list(names)}
        FROM json_to_recordset(${chunkJson(table, chunk, start, names)}::json) AS x(${recordsetType(names)})`.execute(db);
      for (let i = 0; i < chunk.length; i++) afterRow?.(start + i + 1);
    }
  } catch (error) {
    await dropStage(db, id);
    throw error;
  }
  return { id, table, rows: records.length, hash: recordsHash(stored) };
}

/**
 * Makes a scheme's table exactly the staged rows (delete, then one INSERT … SELECT). Call inside the
 * transaction that also records the change; the stage itself is removed afterwards by {@link dropStage}.
 */
export async function swapInStage(db: Db, schemeId: string, stage: Stage): Promise<void> {
  const columns = COLUMNS[stage.table];
  const names = STAGE_NAMES.slice(0, columns.length);
  await db.deleteFrom(stage.table).where('scheme_id', '=', schemeId).execute();
  await sql`
    INSERT INTO ${sql.table(stage.table)} (scheme_id, seq, ${list(columns)})
    SELECT ${schemeId}, seq, ${list(names)} FROM import_stage WHERE stage_id = ${stage.id}`.execute(db);
}

/** Removes a stage's rows (after its swap committed, or when the import failed). */
export async function dropStage(db: Db, stageId: string): Promise<void> {
  await sql`DELETE FROM import_stage WHERE stage_id = ${stageId}`.execute(db);
}

/**
 * A cheap fingerprint of a scheme's table as stored (row count and an md5 over every row in order),
 * computed by the database: equal fingerprints taken at two moments mean nobody changed the table
 * in between. Only comparable with fingerprints from the same database.
 */
export async function tableFingerprint(db: Db, schemeId: string, table: DataTable): Promise<string> {
  const { rows } = await sql<{ n: string | number; md5: string | null }>`
    SELECT count(*) AS n, md5(string_agg(t::text, E'\n' ORDER BY t.seq)) AS md5
    FROM ${sql.table(table)} t WHERE t.scheme_id = ${schemeId}`.execute(db);
  const first = rows[0];
  return `${String(first?.n ?? 0)}:${first?.md5 ?? ''}`;
}

/**
 * Serializes writers of one scheme's table until the transaction ends (PostgreSQL advisory lock;
 * on PGlite, with its one connection, it is taken at once).
 */
export async function lockTable(trx: Db, schemeId: string, table: DataTable): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`kaoping:${schemeId}:${table}`}))`.execute(trx);
}
