import { randomUUID } from 'node:crypto';
import { ErrorCode, IMPORT_MODE_LABELS, KaopingError, type ImportCounts, type ImportMode, type Problem, type TableName } from '@kaoping/contracts';
import {
  dropGenerations,
  insertImportBatch,
  listGeneration,
  nowIso,
  lockTable,
  prepareGeneration,
  switchGeneration,
  tableVersion,
  type DataRecords,
  type Db,
  type Store,
  type User,
} from '@kaoping/store';
import { importRules } from './import-rules.ts';
import { stillReferenced } from './import-problems.ts';
import { inlineJobs, type Jobs } from '../../jobs/jobs.ts';
import { audited, type Audit } from '../audit/audited.ts';

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
  /** Called for each row once it is written (to the table's new generation, which readers do not see yet). */
  afterRow?: ((written: number) => void) | undefined;
  /** Test hook: runs once the new generation is written (invisible to readers), before the swap transaction. */
  afterPrepare?: (() => void) | undefined;
  /** Test hook: runs inside the swap transaction, after the generation is switched, before the batch and audit are written. */
  beforeCommit?: (() => void) | undefined;
  /**
   * Runs inside the swap transaction with the import's result, last: the job queue marks its job done
   * there, so the rows and the mark commit together (a job is never imported twice). Throwing rolls the import back.
   */
  onCommit?: ((trx: Db, result: ImportDone) => Promise<void>) | undefined;
}

/** What a written import answers. */
interface ImportDone {
  dryRun: false;
  imported: number;
  batchId: string;
  mode: ImportMode;
  counts: ImportCounts;
  problems: Problem[];
}

/**
 * Imports one table into a scheme in the chosen mode (default 合并更新), all or nothing. Any problem
 * is 400 listing every one (file, sheet, row, column) and nothing is written; a dry run returns the
 * plan instead. The file is read and planned by `jobs` (a worker thread in the server), within the
 * upload limits. The rows are written as a new generation of the table outside any
 * transaction (readers keep seeing the current one); one short transaction then switches to it and
 * stores the undoable batch and the audit entry, so other requests are not held up meanwhile.
 */
export async function importTable(store: Store, schemeId: string, input: ImportInput, user: User, jobs: Jobs = inlineJobs) {
  const mode = input.mode ?? 'merge';
  const rules = await importRules(store.db, schemeId);
  const { current, version } = await snapshot(store.db, schemeId, input.table);
  const planned = await jobs.run({
    kind: 'import',
    input: { table: input.table, body: input.body, file: input.file, xlsx: input.xlsx, sheet: input.sheet, mode, rules, current, dryRun: input.dryRun },
  });
  const { problems, counts } = planned;
  // A units import that reads cleanly must keep every unit the other tables name.
  if (input.table === 'units' && problems.length === 0) problems.push(...(await stillReferenced(store.db, schemeId, planned.nextUnits, input.file)));
  if (input.dryRun) return { dryRun: true as const, rows: planned.records, problems, mode, counts, changes: planned.changes, deletedRows: planned.deletedRows };
  if (problems.length > 0 || planned.stage === null) throw new KaopingError(ErrorCode.DATA_INVALID, '导入文件有误，未写入任何数据', problems);
  if (mode === 'replace' && counts.deleted > 0 && input.confirmDelete !== counts.deleted) {
    throw new KaopingError(ErrorCode.CONFLICT, `整表替换将删除 ${counts.deleted} 行现有数据，请确认删除这 ${counts.deleted} 行后再导入`);
  }
  // The rows go into a generation of their own in short statements; only the switch holds a transaction.
  const stage = planned.stage;
  let switched = false;
  const gen = await prepareGeneration(store.db, schemeId, stage, version.gen, input.afterRow);
  try {
    input.afterPrepare?.();
    const done = await audited(store, user.username, async (trx, audit) => {
      await lockTable(trx, schemeId, input.table);
      if (!(await switchGeneration(trx, schemeId, input.table, version, gen))) {
        throw new KaopingError(ErrorCode.CONFLICT, '导入期间这张表被其他操作修改过，未写入任何数据；请重新导入');
      }
      input.beforeCommit?.();
      return record(trx, audit, { schemeId, input, user, mode, counts, current, rows: stage.rows, hash: stage.hash, imported: planned.imported });
    });
    switched = true;
    return done;
  } finally {
    // The replaced generation once switched; else the prepared one. A process killed before this leaves rows no
    // reader sees, deleted once a later import of the table switches.
    await dropGenerations(store.db, schemeId, input.table, switched ? undefined : gen);
  }
}

interface Switched {
  schemeId: string;
  input: ImportInput;
  user: User;
  mode: ImportMode;
  counts: ImportCounts;
  current: readonly DataRecords[TableName][];
  /** Rows of the table after the import, and their hash. */
  rows: number;
  hash: string;
  imported: number;
}

/** Stores the batch (to undo it), the audit entry and the job's done mark in the switch's transaction. */
async function record(trx: Db, audit: Audit, s: Switched): Promise<ImportDone> {
  const { input, mode, counts, current } = s;
  const batch = {
    id: randomUUID(),
    schemeId: s.schemeId,
    table: input.table,
    mode,
    file: input.file,
    sheet: input.sheet ?? null,
    createdBy: s.user.username,
    createdAt: nowIso(),
    counts,
    beforeRows: current,
    afterHash: s.hash,
  };
  await insertImportBatch(trx, batch);
  await audit({
    action: 'import',
    entity: input.table,
    entityId: s.schemeId,
    before: { rows: current.length },
    after: {
      rows: s.rows,
      batch: batch.id,
      mode: IMPORT_MODE_LABELS[mode],
      counts,
      file: input.file,
      ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
    },
  });
  const done: ImportDone = { dryRun: false, imported: s.imported, batchId: batch.id, mode, counts, problems: [] };
  await input.onCommit?.(trx, done);
  return done;
}

/**
 * The table's rows the import is planned against (and undone back to), with the version the switch
 * checks: a change in between (another import, an edit) makes the import fail rather than overwrite it.
 */
async function snapshot(db: Db, schemeId: string, table: ImportInput['table']) {
  // The version first: a change while the rows are read (page by page) changes it, and the switch then fails.
  const version = await tableVersion(db, schemeId, table);
  return { version, current: await listGeneration(db, schemeId, table, version.gen) };
}
