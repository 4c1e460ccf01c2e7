import { randomUUID } from 'node:crypto';
import { ErrorCode, IMPORT_MODE_LABELS, KaopingError, type ImportMode, type Problem, type TableName, type Unit } from '@kaoping/contracts';
import {
  dropStage, insertImportBatch, listRecords, lockTable, nowIso, stageRecords, swapInStage, tableFingerprint,
  type DataRecords, type Db, type Store, type User,
} from '@kaoping/store';
import { importRules } from './import-rules.ts';
import { importProblems } from './import-problems.ts';
import { inlineJobs, type Jobs } from '../../jobs/jobs.ts';
import { audited } from '../audit/audited.ts';

export interface ImportInput {
  table: TableName;
  body: Buffer;
  file: string;
  xlsx: boolean;
  sheet?: string | undefined;
  mode?: ImportMode | undefined;
  dryRun: boolean;
  /** 整表替换 must name the number of rows it deletes (as the dry run reported it). */
  confirmDelete?: number | undefined;
  /** Called for each row once it is written (to the staging table, before the swap). */
  afterRow?: ((written: number) => void) | undefined;
  /** Test hook: runs inside the swap transaction, after the rows are in, before the batch and audit are written. */
  beforeCommit?: (() => void) | undefined;
}

/** How many changed rows a dry run lists (the counts cover them all). */
const SHOWN = 500;

/**
 * Imports one table into a scheme in the chosen mode (default 合并更新), all or nothing. Any problem
 * is 400 listing every one (file, sheet, row, column) and nothing is written; a dry run returns the
 * plan instead. The file is read and planned by `jobs` (a worker thread in the server), within the
 * upload limits. The rows are staged outside any transaction, then swapped in by one short transaction
 * that also stores the undoable batch and the audit entry, so other requests are not held up meanwhile.
 */
export async function importTable(store: Store, schemeId: string, input: ImportInput, user: User, jobs: Jobs = inlineJobs) {
  const mode = input.mode ?? 'merge';
  const rules = await importRules(store.db, schemeId);
  const { current, fingerprint } = await snapshot(store.db, schemeId, input.table);
  const { read, plan } = await jobs.run({
    kind: 'import',
    input: { table: input.table, body: input.body, file: input.file, xlsx: input.xlsx, sheet: input.sheet, mode, rules, current },
  });
  const problems = [...read.problems, ...plan.problems];
  await importProblems(store, schemeId, input.table, read, plan.next as Unit[], problems);
  const view = { mode, counts: plan.counts, changes: plan.changes.slice(0, SHOWN), deletedRows: plan.deletedRows.slice(0, SHOWN) };
  if (input.dryRun) return { dryRun: true as const, rows: read.records, problems, ...view };
  if (problems.length > 0) throw new KaopingError(ErrorCode.DATA_INVALID, '导入文件有误，未写入任何数据', problems);
  if (mode === 'replace' && plan.counts.deleted > 0 && input.confirmDelete !== plan.counts.deleted) {
    throw new KaopingError(ErrorCode.CONFLICT, `整表替换将删除 ${plan.counts.deleted} 行现有数据，请确认删除这 ${plan.counts.deleted} 行后再导入`);
  }
  // The rows go to the staging table in short statements; only the swap holds a transaction.
  const stage = await stageRecords(store.db, input.table, plan.next as DataRecords[typeof input.table][], input.afterRow);
  try {
    return await audited(store, user.username, async (trx, audit) => {
      await lockTable(trx, schemeId, input.table);
      if ((await tableFingerprint(trx, schemeId, input.table)) !== fingerprint) {
        throw new KaopingError(ErrorCode.CONFLICT, '导入期间这张表被其他操作修改过，未写入任何数据；请重新导入');
      }
      await swapInStage(trx, schemeId, stage);
      input.beforeCommit?.();
      const batch = {
        id: randomUUID(), schemeId, table: input.table, mode, file: input.file, sheet: input.sheet ?? null, createdBy: user.username,
        createdAt: nowIso(), counts: plan.counts, beforeRows: current, afterHash: stage.hash,
      };
      await insertImportBatch(trx, batch);
      await audit({
        action: 'import',
        entity: input.table,
        entityId: schemeId,
        before: { rows: current.length },
        after: { rows: plan.next.length, batch: batch.id, mode: IMPORT_MODE_LABELS[mode], counts: plan.counts, file: input.file, ...(input.sheet === undefined ? {} : { sheet: input.sheet }) },
      });
      return { dryRun: false as const, imported: read.records.length, batchId: batch.id, mode, counts: plan.counts, problems: [] as Problem[] };
    });
  } finally {
    await dropStage(store.db, stage.id);
  }
}

/**
 * The table's rows the import is planned against (and undone back to), with the fingerprint the swap
 * checks: a change in between (another import, an edit) makes the import fail rather than overwrite it.
 */
async function snapshot(db: Db, schemeId: string, table: ImportInput['table']) {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => ({
    current: await listRecords(trx, schemeId, table),
    fingerprint: await tableFingerprint(trx, schemeId, table),
  }));
}
