import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { BULK_CHUNK, chunkJson, COLUMNS, list, recordsetType, rowOf, STAGE_NAMES, yieldToLoop } from './data-bulk.ts';
import { copyKept, type EncodedStage } from './data-prepare.ts';
import { dropGenerations, newGeneration, switchGeneration, tableVersion } from './data-generations.ts';
import { fromRow, type DataRecords, type DataTable } from './data-rows.ts';

/** Stages older than this are left over from a process that died mid-import and are removed. */
const STALE_STAGE_MS = 60 * 60 * 1000;

/** Rows written outside the table's transaction, to be swapped in by {@link prepareStage} and {@link switchGeneration}. */
export interface Stage {
  id: string;
  table: DataTable;
  /** Rows of the table once swapped in. */
  rows: number;
  /** The table's first `kept` rows stay as they are; only the rows after them were staged (seq kept … rows - 1). */
  kept: number;
  /** {@link recordsHash} of the records as the table will read them back once swapped in. */
  hash: string;
}

/**
 * Encodes records for {@link writeStage}: pure and synchronous, for a worker thread. Only the records
 * after the first `kept` are encoded (an append or a merge that changes only the end keeps the rows
 * before); the hash covers every record, equal to `recordsHash` of them all as stored.
 */
export function encodeStage<T extends DataTable>(table: T, records: readonly DataRecords[T][], kept = 0): EncodedStage {
  const names = STAGE_NAMES.slice(0, COLUMNS[table].length);
  const map = fromRow[table] as (r: unknown) => DataRecords[T];
  // sha256 of JSON.stringify(stored records), fed piece by piece: '[' + each record joined by ',' + ']'.
  const hash = createHash('sha256').update('[');
  const chunks: EncodedStage['chunks'] = [];
  const from = Math.min(Math.max(0, kept), records.length);
  for (let start = 0; start < records.length; start += BULK_CHUNK) {
    const chunk = records.slice(start, start + BULK_CHUNK);
    hash.update(`${start === 0 ? '' : ','}${chunk.map((record) => JSON.stringify(map(rowOf(table, record)))).join(',')}`);
    const written = chunk.slice(Math.max(0, from - start));
    const first = start + chunk.length - written.length;
    if (written.length > 0) chunks.push({ first, count: written.length, json: chunkJson(table, written, first, names) });
  }
  return { table, rows: records.length, kept: from, hash: hash.update(']').digest('hex'), chunks };
}

/**
 * Writes encoded rows to the staging table in short statements of their own (no transaction is held
 * open, and the event loop runs between them, so other requests are served meanwhile), for one short
 * transaction to swap them in. Stages left by a process that died are removed first. On failure
 * (including one thrown by `afterRow`) the stage is dropped and the error rethrown; the data tables
 * are never touched here.
 */
export async function writeStage(db: Db, encoded: EncodedStage, afterRow?: (written: number) => void): Promise<Stage> {
  const now = Date.now();
  // The id starts with the time, zero-padded, so stale stages are found by comparing ids.
  const id = `${String(now).padStart(15, '0')}-${randomUUID()}`;
  await sql`DELETE FROM import_stage WHERE stage_id < ${String(now - STALE_STAGE_MS).padStart(15, '0')}`.execute(db);
  const names = STAGE_NAMES.slice(0, COLUMNS[encoded.table].length);
  // afterRow counts the rows this stage has written (1, 2, …), whatever seq they take after the kept ones.
  let written = 0;
  try {
    for (const { count, json } of encoded.chunks) {
      await sql`
        INSERT INTO import_stage (stage_id, seq, ${list(names)})
        SELECT ${id}, seq, ${list(names)}
        FROM json_to_recordset(${json}::json) AS x(${recordsetType(names)})`.execute(db);
      for (let i = 0; i < count; i++) afterRow?.(++written);
      await yieldToLoop();
    }
  } catch (error) {
    await dropStage(db, id);
    throw error;
  }
  return { id, table: encoded.table, rows: encoded.rows, kept: encoded.kept, hash: encoded.hash };
}

/** {@link encodeStage} then {@link writeStage}, on this thread. */
export async function stageRecords<T extends DataTable>(
  db: Db,
  table: T,
  records: readonly DataRecords[T][],
  afterRow?: (written: number) => void,
  kept = 0,
): Promise<Stage> {
  return writeStage(db, encodeStage(table, records, kept), afterRow);
}

/**
 * Writes the table as the stage makes it into a generation of its own, invisible to readers until
 * {@link switchGeneration}: the first `stage.kept` rows of generation `from` (in seq order, keeping their
 * seq) are copied, then the staged rows follow the last of them. Short statements of {@link BULK_CHUNK}
 * rows outside any transaction, with the event loop running between them; on failure the generation's
 * rows are deleted and the error rethrown. Returns the new generation.
 */
export async function prepareStage(db: Db, schemeId: string, stage: Stage, from: number): Promise<number> {
  const gen = await newGeneration(db);
  try {
    await writeGeneration(db, schemeId, stage, from, gen);
  } catch (error) {
    await dropGenerations(db, schemeId, stage.table, gen);
    throw error;
  }
  return gen;
}

async function writeGeneration(db: Db, schemeId: string, stage: Stage, from: number, gen: number): Promise<void> {
  const columns = COLUMNS[stage.table];
  const names = STAGE_NAMES.slice(0, columns.length);
  const t = sql.table(stage.table);
  const last = await copyKept(db, schemeId, stage.table, stage.kept, from, gen);
  // Staged seq s becomes last + 1 + s - kept: right after the kept rows, whatever their seq.
  const shift = last + 1 - stage.kept;
  for (let start = stage.kept; start < stage.rows; start += BULK_CHUNK) {
    await sql`
      INSERT INTO ${t} (scheme_id, seq, gen, ${list(columns)})
      SELECT ${schemeId}, seq + ${shift}, ${gen}, ${list(names)} FROM import_stage
      WHERE stage_id = ${stage.id} AND seq >= ${start} AND seq < ${start + BULK_CHUNK}`.execute(db);
    await yieldToLoop();
  }
}

/**
 * Makes a scheme's table exactly the staged rows in one go on `db` ({@link prepareStage}, then
 * {@link switchGeneration} and {@link dropGenerations}): for a caller that holds a transaction anyway.
 * An import prepares outside its transaction and only switches inside. Throws when the table changed
 * while the generation was written (only possible outside a transaction).
 */
export async function swapInStage(db: Db, schemeId: string, stage: Stage): Promise<void> {
  const version = await tableVersion(db, schemeId, stage.table);
  const gen = await prepareStage(db, schemeId, stage, version.gen);
  if (!(await switchGeneration(db, schemeId, stage.table, version, gen))) {
    await dropGenerations(db, schemeId, stage.table, gen);
    throw new Error(`${stage.table} of scheme ${schemeId} changed while its stage was swapped in`);
  }
  await dropGenerations(db, schemeId, stage.table);
}

/** Removes a stage's rows (after its swap committed, or when the import failed). */
export async function dropStage(db: Db, stageId: string): Promise<void> {
  await sql`DELETE FROM import_stage WHERE stage_id = ${stageId}`.execute(db);
}
