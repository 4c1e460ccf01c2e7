import type { Dataset } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import { BULK_CHUNK, insertRecords, yieldToLoop } from './data-bulk.ts';
import { currentGen, touchTable } from './data-generations.ts';
import { fromRow, type DataRecords, type DataTable } from './data-rows.ts';

export const DATA_TABLES: readonly DataTable[] = ['units', 'targets', 'reports', 'events', 'projects'];

export interface DataFilter {
  unitId?: string | undefined;
  indicator?: string | undefined;
  period?: string | undefined;
}

/**
 * Replaces every row of one table of a scheme, in place in its current generation. Call inside a transaction: a failure part-way
 * (including one thrown by `afterRow`, used by tests to cut an import short) must roll it all back.
 * Rows go in multi-row statements (see {@link insertRecords}).
 */
export async function replaceTable<T extends DataTable>(
  db: Db,
  schemeId: string,
  table: T,
  records: readonly DataRecords[T][],
  afterRow?: (written: number) => void,
): Promise<void> {
  await touchTable(db, schemeId, table);
  await db
    .deleteFrom(table as DataTable)
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, table))
    .execute();
  await insertRecords(db, schemeId, table, records, afterRow);
}

/** Rows of one table in input order (its current generation), optionally filtered. */
export async function listRecords<T extends DataTable>(db: Db, schemeId: string, table: T, filter: DataFilter = {}): Promise<DataRecords[T][]> {
  // The five tables share scheme_id/seq/unit_id (units: id); Kysely cannot type a query over a union of tables.
  let query = db
    .selectFrom(table as 'targets')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('gen', '=', currentGen(schemeId, table));
  const unitColumn = table === 'units' ? 'id' : 'unit_id';
  if (filter.unitId !== undefined) query = query.where(unitColumn as 'unit_id', '=', filter.unitId);
  if (filter.indicator !== undefined && (table === 'targets' || table === 'reports')) query = query.where('indicator', '=', filter.indicator);
  if (filter.period !== undefined && table !== 'units' && table !== 'projects') query = query.where('period', '=', filter.period);
  const rows = await query.orderBy('seq').execute();
  const map = fromRow[table] as (r: unknown) => DataRecords[T];
  return rows.map((r) => map(r));
}

/**
 * Every row of one generation of a table in input order, {@link BULK_CHUNK} rows a statement with the
 * event loop running between them (an import reading a large table). Not one snapshot: a caller that
 * needs the rows as of a table version (`tableVersion`) checks that version afterwards (an import's switch does).
 */
export async function listGeneration<T extends DataTable>(db: Db, schemeId: string, table: T, gen: number): Promise<DataRecords[T][]> {
  const map = fromRow[table] as (r: unknown) => DataRecords[T];
  const out: DataRecords[T][] = [];
  for (let last = -1; ;) {
    const rows = await db
      .selectFrom(table as 'targets')
      .selectAll()
      .where('scheme_id', '=', schemeId)
      .where('gen', '=', gen)
      .where('seq', '>', last)
      .orderBy('seq')
      .limit(BULK_CHUNK)
      .execute();
    for (const row of rows) out.push(map(row));
    const end = rows[rows.length - 1];
    if (rows.length < BULK_CHUNK || end === undefined) return out;
    last = end.seq;
    await yieldToLoop();
  }
}

/** Everything a run reads, in input order (so the same data always gives the same fingerprint). */
export async function loadDataset(db: Db, schemeId: string): Promise<Dataset> {
  return {
    units: await listRecords(db, schemeId, 'units'),
    targets: await listRecords(db, schemeId, 'targets'),
    reports: await listRecords(db, schemeId, 'reports'),
    events: await listRecords(db, schemeId, 'events'),
    projects: await listRecords(db, schemeId, 'projects'),
  };
}

/** Copies every data table of one scheme into another (new scheme from a template). */
export async function copyDataset(db: Db, fromSchemeId: string, toSchemeId: string): Promise<void> {
  const data = await loadDataset(db, fromSchemeId);
  for (const table of DATA_TABLES) await replaceTable(db, toSchemeId, table, data[table] as DataRecords[typeof table][]);
}
