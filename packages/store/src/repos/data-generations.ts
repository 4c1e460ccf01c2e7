import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../database.ts';
import { BULK_CHUNK, yieldToLoop } from './bulk-chunk.ts';
import type { DataTable } from './data-rows.ts';

/**
 * The generation of a scheme's table that readers see, as an expression: every statement that reads or
 * writes rows names it, so one statement never mixes two generations, even while an import switches.
 */
export function currentGen(schemeId: string, table: DataTable): RawBuilder<number> {
  return sql<number>`coalesce((SELECT g.gen FROM data_generations g WHERE g.scheme_id = ${schemeId} AND g.table_name = ${table}), 0)`;
}

/** What an import was planned against: the current generation and the count of in-place changes to it. */
export interface TableVersion {
  gen: number;
  revision: number;
}

/** The table's {@link TableVersion}: equal versions at two moments mean nobody changed the table in between. */
export async function tableVersion(db: Db, schemeId: string, table: DataTable): Promise<TableVersion> {
  const row = await db
    .selectFrom('data_generations')
    .select(['gen', 'revision'])
    .where('scheme_id', '=', schemeId)
    .where('table_name', '=', table)
    .executeTakeFirst();
  return { gen: Number(row?.gen ?? 0), revision: Number(row?.revision ?? 0) };
}

/**
 * Records that the current generation is about to change in place (an edit, an undo, a replace). Call it
 * first in the writer's transaction: on PostgreSQL it locks the table's generation row until commit, so an
 * import's switch waits for the writer and then sees the new revision (and fails) rather than losing the edit.
 */
export async function touchTable(db: Db, schemeId: string, table: DataTable): Promise<void> {
  await sql`
    INSERT INTO data_generations (scheme_id, table_name, gen, revision) VALUES (${schemeId}, ${table}, 0, 1)
    ON CONFLICT (scheme_id, table_name) DO UPDATE SET revision = data_generations.revision + 1`.execute(db);
}

/** A generation number no other import has taken (its rows stay invisible until {@link switchGeneration}). */
export async function newGeneration(db: Db): Promise<number> {
  const { rows } = await sql<{ gen: number | string }>`SELECT nextval('data_generation_seq') AS gen`.execute(db);
  return Number(rows[0]?.gen);
}

/**
 * Makes generation `to` the one readers see, if the table is still at `from` (nobody imported or edited it
 * meanwhile): one short statement for the swap transaction. False when it was changed.
 */
export async function switchGeneration(db: Db, schemeId: string, table: DataTable, from: TableVersion, to: number): Promise<boolean> {
  await sql`
    INSERT INTO data_generations (scheme_id, table_name, gen, revision) VALUES (${schemeId}, ${table}, 0, 0)
    ON CONFLICT (scheme_id, table_name) DO NOTHING`.execute(db);
  const rows = await db
    .updateTable('data_generations')
    .set({ gen: to, revision: 0 })
    .where('scheme_id', '=', schemeId)
    .where('table_name', '=', table)
    .where('gen', '=', from.gen)
    .where('revision', '=', from.revision)
    .returning('gen')
    .execute();
  return rows.length === 1;
}

/**
 * Deletes rows no reader can see any more, {@link BULK_CHUNK} at a time outside any transaction: the
 * generations before the current one (replaced by an import, or left by an import that lost its switch),
 * or only generation `gen` (an import that failed before its switch).
 */
export async function dropGenerations(db: Db, schemeId: string, table: DataTable, gen?: number): Promise<void> {
  const t = sql.table(table);
  const which = gen === undefined ? sql`gen < ${currentGen(schemeId, table)}` : sql`gen = ${gen} AND gen <> ${currentGen(schemeId, table)}`;
  for (;;) {
    const { rows } = await sql<{ n: number | string }>`
      WITH gone AS (
        DELETE FROM ${t} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${t} WHERE scheme_id = ${schemeId} AND ${which} LIMIT ${BULK_CHUNK}))
        RETURNING 1)
      SELECT count(*) AS n FROM gone`.execute(db);
    await yieldToLoop();
    if (Number(rows[0]?.n ?? 0) < BULK_CHUNK) return;
  }
}
