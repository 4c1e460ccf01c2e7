import type { ImportBatch, ImportCounts, ImportMode, TableName } from '@kaoping/contracts';
import type { Db } from '../database.ts';
import type { DataRecords } from './data-rows.ts';

/** A batch as written: the summary plus the table's rows before it and a hash of the table after it. */
export interface NewImportBatch {
  id: string;
  schemeId: string;
  table: TableName;
  mode: ImportMode;
  file: string;
  sheet: string | null;
  createdBy: string;
  createdAt: string;
  counts: ImportCounts;
  beforeRows: readonly DataRecords[TableName][];
  afterHash: string;
}

/** A stored batch with what undoing it needs. */
export interface StoredImportBatch extends ImportBatch {
  schemeId: string;
  beforeRows: DataRecords[TableName][];
  afterHash: string;
}

export async function insertImportBatch(db: Db, b: NewImportBatch): Promise<void> {
  await db
    .insertInto('import_batches')
    .values({
      id: b.id,
      scheme_id: b.schemeId,
      table_name: b.table,
      mode: b.mode,
      file: b.file,
      sheet: b.sheet,
      created_by: b.createdBy,
      created_at: b.createdAt,
      counts: JSON.stringify(b.counts),
      before_rows: JSON.stringify(b.beforeRows),
      after_hash: b.afterHash,
    })
    .execute();
}

const SUMMARY = ['id', 'table_name', 'mode', 'file', 'sheet', 'created_by', 'created_at', 'counts', 'undone_at', 'undone_by'] as const;

/** A scheme's batches, newest first. */
export async function listImportBatches(db: Db, schemeId: string): Promise<ImportBatch[]> {
  const rows = await db
    .selectFrom('import_batches')
    .select(SUMMARY)
    .where('scheme_id', '=', schemeId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toBatch);
}

export async function getImportBatch(db: Db, id: string): Promise<StoredImportBatch | undefined> {
  const row = await db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...toBatch(row), schemeId: row.scheme_id, beforeRows: JSON.parse(row.before_rows) as StoredImportBatch['beforeRows'], afterHash: row.after_hash };
}

/** Marks a batch undone; false when it already was (a concurrent undo). */
export async function markImportUndone(db: Db, id: string, by: string, at: string): Promise<boolean> {
  // RETURNING rather than numUpdatedRows: PGlite's driver does not report affected rows.
  const rows = await db
    .updateTable('import_batches')
    .set({ undone_at: at, undone_by: by })
    .where('id', '=', id)
    .where('undone_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

function toBatch(r: {
  id: string;
  table_name: string;
  mode: ImportMode;
  file: string;
  sheet: string | null;
  created_by: string;
  created_at: string;
  counts: string;
  undone_at: string | null;
  undone_by: string | null;
}): ImportBatch {
  return {
    id: r.id,
    table: r.table_name as TableName,
    mode: r.mode,
    file: r.file,
    sheet: r.sheet,
    createdBy: r.created_by,
    createdAt: r.created_at,
    counts: JSON.parse(r.counts) as ImportCounts,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  };
}
