import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { BULK_CHUNK, COLUMNS, list, recordsetType, STAGE_NAMES, yieldToLoop } from './data-bulk.ts';
import { dropGenerations, newGeneration } from './data-generations.ts';
import type { DataTable } from './data-rows.ts';

/** An import's rows as the staging table takes them: JSON text per statement, made off the request thread. */
export interface EncodedStage {
  table: DataTable;
  /** Rows of the table once swapped in. */
  rows: number;
  /** The table's first `kept` rows stay; `chunks` hold the rows after them. */
  kept: number;
  /** {@link recordsHash} of every record as the table will read them back. */
  hash: string;
  /** One statement each: its first seq, its row count and its rows as json_to_recordset reads them. */
  chunks: { first: number; count: number; json: string }[];
}

/**
 * Copies the first `kept` rows of generation `from` (in seq order, keeping their seq) into generation
 * `gen`, {@link BULK_CHUNK} rows a statement by seq ranges (keyset, not OFFSET), letting the event loop
 * run between statements. Returns the last seq copied (-1 when none).
 */
export async function copyKept(db: Db, schemeId: string, table: DataTable, kept: number, from: number, gen: number): Promise<number> {
  const columns = COLUMNS[table];
  const t = sql.table(table);
  let last = -1;
  for (let copied = 0; copied < kept;) {
    const { rows } = await sql<{ n: number | string; last: number | null }>`
      WITH copied AS (
        INSERT INTO ${t} (scheme_id, seq, gen, ${list(columns)})
        SELECT scheme_id, seq, ${gen}, ${list(columns)} FROM ${t}
        WHERE scheme_id = ${schemeId} AND gen = ${from} AND seq > ${last}
        ORDER BY seq LIMIT ${Math.min(BULK_CHUNK, kept - copied)}
        RETURNING seq)
      SELECT count(*) AS n, max(seq) AS last FROM copied`.execute(db);
    const n = Number(rows[0]?.n ?? 0);
    if (n === 0) break;
    copied += n;
    last = Number(rows[0]?.last);
    await yieldToLoop();
  }
  return last;
}

/**
 * Writes an import's rows straight into a new generation of its table, invisible to readers until
 * {@link switchGeneration}: the first `encoded.kept` rows of generation `from` are copied, then the
 * encoded rows follow the last of them. Short statements outside any transaction, with the event loop
 * running between them; `afterRow(n)` counts the encoded rows written. On failure (including one thrown
 * by `afterRow`) the generation's rows are deleted and the error rethrown; a process killed meanwhile
 * leaves rows nobody reads, deleted once a later import of the table switches. Returns the generation.
 */
export async function prepareGeneration(db: Db, schemeId: string, encoded: EncodedStage, from: number, afterRow?: (written: number) => void): Promise<number> {
  const gen = await newGeneration(db);
  const columns = COLUMNS[encoded.table];
  const names = STAGE_NAMES.slice(0, columns.length);
  try {
    // Encoded seq s becomes last + 1 + s - kept: right after the kept rows, whatever their seq.
    const shift = (await copyKept(db, schemeId, encoded.table, encoded.kept, from, gen)) + 1 - encoded.kept;
    let written = 0;
    for (const { count, json } of encoded.chunks) {
      await sql`
        INSERT INTO ${sql.table(encoded.table)} (scheme_id, seq, gen, ${list(columns)})
        SELECT ${schemeId}, seq + ${shift}, ${gen}, ${list(names)}
        FROM json_to_recordset(${json}::json) AS x(${recordsetType(names)})`.execute(db);
      for (let i = 0; i < count; i++) afterRow?.(++written);
      await yieldToLoop();
    }
  } catch (error) {
    await dropGenerations(db, schemeId, encoded.table, gen);
    throw error;
  }
  return gen;
}
