import { getImportBatch, listRecords, markImportUndone, nowIso, replaceTable, tableHash, type DataRecords, type Store, type User } from '@kaoping/store';
import type { TableName, Unit } from '@kaoping/contracts';
import { fail } from '../../errors/fail.ts';
import { audited } from '../audit/audited.ts';
import { stillReferenced } from './import-problems.ts';

/**
 * Undoes an import batch: its table gets back exactly the rows it had before the batch, in one
 * transaction with the audit entry. Refused when the table changed after the batch (a later import
 * or edit of the same table: undo that first); edits to other tables do not matter.
 */
export async function undoImport(store: Store, batchId: string, user: User) {
  return audited(store, user.username, async (trx, audit) => {
    const batch = await getImportBatch(trx, batchId);
    if (!batch) throw fail.notFound(`导入批次 ${batchId} `);
    if (batch.undoneAt !== null) throw fail.conflict(`该导入批次已于 ${batch.undoneAt} 由 ${batch.undoneBy ?? ''} 撤销`);
    const table: TableName = batch.table;
    if ((await tableHash(trx, batch.schemeId, table)) !== batch.afterHash) {
      throw fail.conflict(`${batch.file} 导入之后，这张表又被导入或修改过；请先撤销之后的导入批次，或手工改回`);
    }
    if (table === 'units') {
      const problems = await stillReferenced(trx, batch.schemeId, batch.beforeRows as Unit[], batch.file);
      if (problems.length > 0) throw fail.invalid('撤销后其他表引用的单位将不存在，未撤销', problems);
    }
    const rowsBefore = (await listRecords(trx, batch.schemeId, table)).length;
    await replaceTable(trx, batch.schemeId, table, batch.beforeRows as DataRecords[typeof table][]);
    const at = nowIso();
    if (!(await markImportUndone(trx, batch.id, user.username, at))) throw fail.conflict('该导入批次已被撤销');
    await audit({
      action: 'undo-import',
      entity: table,
      entityId: batch.schemeId,
      before: { batch: batch.id, rows: rowsBefore },
      after: { rows: batch.beforeRows.length, file: batch.file },
    });
    const { beforeRows: _rows, afterHash: _hash, schemeId: _scheme, ...summary } = batch;
    return { ...summary, undoneAt: at, undoneBy: user.username };
  });
}
