import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { DataTable } from '../repos/data-rows.ts';

/** Every row a data table holds for a scheme, whatever its generation (visible to readers or not). */
export async function storedRows(db: Db, table: DataTable, schemeId: string): Promise<number> {
  const { rows } = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId}`.execute(db);
  return Number(rows[0]?.n);
}
