import { sql, type RawBuilder } from 'kysely';
import type { Database, Db } from '../database.ts';
import { BULK_CHUNK, yieldToLoop } from './bulk-chunk.ts';
import { currentGen, touchTable } from './data-generations.ts';
import { toRow, type DataRecords, type DataTable } from './data-rows.ts';

export { BULK_CHUNK, yieldToLoop } from './bulk-chunk.ts';

/** The columns of each data table after scheme_id and seq, in the order staged rows keep them (c1, c2, …). */
export const COLUMNS = {
  units: ['id', 'name', 'group_ref', 'aliases'],
  targets: ['unit_id', 'indicator', 'period', 'value'],
  reports: ['unit_id', 'indicator', 'period', 'value'],
  events: ['unit_id', 'period', 'kind', 'code', 'count', 'note'],
  projects: ['id', 'unit_id', 'name', 'fields'],
} as const satisfies { [T in DataTable]: readonly Exclude<keyof Database[T], 'scheme_id' | 'seq' | 'gen'>[] };

/** The names an encoded import gives the columns (c1, c2, …), as the staging table has them. */
export const STAGE_NAMES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'] as const;

/** A record's row with every column present (undefined stored as NULL), as the table will hold it. */
export function rowOf<T extends DataTable>(table: T, record: DataRecords[T]): Record<string, string | null> {
  const row = toRow[table](record) as Record<string, string | null | undefined>;
  const out: Record<string, string | null> = {};
  for (const column of COLUMNS[table]) out[column] = row[column] ?? null;
  return out;
}

/** `c1 text, c2 text, …` or the table's own column names, for json_to_recordset. */
export function recordsetType(names: readonly string[]): RawBuilder<unknown> {
  return sql.raw(['seq integer', ...names.map((n) => `${n} text`)].join(', '));
}

/** A chunk as the JSON array json_to_recordset reads: {seq, <name>: value, …} per row. */
export function chunkJson<T extends DataTable>(table: T, records: readonly DataRecords[T][], firstSeq: number, names: readonly string[]): string {
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

export function list(names: readonly string[]): RawBuilder<unknown> {
  return sql.raw(names.join(', '));
}

/**
 * Inserts records into the current generation as rows seq = 0, 1, … in multi-row statements of {@link BULK_CHUNK}
 * rows, letting other work run between them. `afterRow(n)` is called for each row once its statement has run. Inside a transaction a
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
  await touchTable(db, schemeId, table);
  for (let start = 0; start < records.length; start += BULK_CHUNK) {
    const chunk = records.slice(start, start + BULK_CHUNK);
    await sql`
      INSERT INTO ${sql.table(table)} (scheme_id, seq, gen, ${list(columns)})
      SELECT ${schemeId}, seq, ${currentGen(schemeId, table)}, ${list(columns)}
      FROM json_to_recordset(${chunkJson(table, chunk, start, columns)}::json) AS x(${recordsetType(columns)})`.execute(db);
    for (let i = 0; i < chunk.length; i++) afterRow?.(start + i + 1);
    await yieldToLoop();
  }
}

/**
 * A cheap fingerprint of a scheme's table as stored (row count and an md5 over every row in order),
 * computed by the database: equal fingerprints taken at two moments mean nobody changed the table
 * in between. Only comparable with fingerprints from the same database.
 */
export async function tableFingerprint(db: Db, schemeId: string, table: DataTable): Promise<string> {
  const { rows } = await sql<{ n: string | number; md5: string | null }>`
    SELECT count(*) AS n, md5(string_agg(t::text, E'\n' ORDER BY t.seq)) AS md5
    FROM ${sql.table(table)} t WHERE t.scheme_id = ${schemeId} AND t.gen = ${currentGen(schemeId, table)}`.execute(db);
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
