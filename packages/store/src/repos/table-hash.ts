import { createHash } from 'node:crypto';
import type { Db } from '../database.ts';
import type { DataTable } from './data-rows.ts';
import { listRecords } from './data-tables.ts';

/** sha256 of a table's records in order: equal hashes mean the table reads back identically. */
export async function tableHash(db: Db, schemeId: string, table: DataTable): Promise<string> {
  return recordsHash(await listRecords(db, schemeId, table));
}

/** The same hash for records in memory (what a table will hold after a write). */
export function recordsHash(records: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(records)).digest('hex');
}
