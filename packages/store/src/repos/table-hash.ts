import type { Db } from '../database.ts';
import type { DataTable } from './data-rows.ts';
import { listRecords } from './data-tables.ts';
import { recordsHash } from './records-hash.ts';

/** sha256 of a table's records in order: equal hashes mean the table reads back identically. */
export async function tableHash(db: Db, schemeId: string, table: DataTable): Promise<string> {
  return recordsHash(await listRecords(db, schemeId, table));
}
