import type { ImportChange, ImportCounts, ImportMode, Problem, TableName, Unit } from '@kaoping/contracts';
import { unknownUnitProblems, type Located } from '@kaoping/ingest';
import { encodeStage, type DataRecords, type EncodedStage } from '@kaoping/store';
import type { ImportRules } from './import-rules.ts';
import { planImport } from './plan-import.ts';
import { readImport, type ReadSheet } from './read-import.ts';
import { readUpload } from './read-upload.ts';

/** Where a job reports its progress (a worker posts it to the request thread). */
export type ReportImport = (progress: { phase: 'reading' | 'validating'; done: number; total: number | null }) => void;

/** An import's file and what it is planned against: parsed and planned off the request thread. */
export interface ImportTaskInput {
  table: TableName;
  body: Uint8Array;
  file: string;
  xlsx: boolean;
  sheet?: string | undefined;
  mode: ImportMode;
  rules: ImportRules;
  current: readonly DataRecords[TableName][];
  dryRun: boolean;
}

/** How many changed and deleted rows an import lists (the counts cover them all). */
const SHOWN = 500;

/**
 * What the request thread needs of a planned import, and no more: every row crossing back to it is
 * deserialized there, holding up every other request, so the rows to write come as the staging
 * table's JSON text (strings cross at memcpy speed) and the records only for a dry run.
 */
export interface ImportTaskOutput {
  /** Every problem of the file and of the plan (unknown units included), in file order. */
  problems: Problem[];
  imported: number;
  mode: ImportMode;
  counts: ImportCounts;
  changes: ImportChange[];
  deletedRows: DataRecords[TableName][];
  /** Rows of the table after the import. */
  rows: number;
  /** The records read (a dry run shows them); empty otherwise. */
  records: DataRecords[TableName][];
  /** The units table after the import (a units import is checked against the other tables); empty for other tables. */
  nextUnits: Unit[];
  /** The rows to write, encoded; null for a dry run or a file with problems. */
  stage: EncodedStage | null;
}

/** Each row naming a unit the scheme does not have, with its file, sheet, row and column. */
function unknownUnits(sheets: readonly ReadSheet<unknown>[], known: ReadonlySet<string>, file: string): Problem[] {
  if (known.size === 0) return [{ file, message: '请先导入单位表' }];
  // Every table but units has a unitId on each record.
  return sheets.flatMap(({ entries, source }) => unknownUnitProblems(entries as Located<{ unitId: string }>[], known, source));
}

/** Reads the upload (within the upload limits), checks it, plans it against the stored rows and encodes the rows to write. */
export async function importTask(input: ImportTaskInput, report: ReportImport): Promise<ImportTaskOutput> {
  const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
  report({ phase: 'reading', done: 0, total: null });
  const sheets = await readUpload(body, input.xlsx, input.sheet, input.file);
  // Every row but each sheet's header row is a data row.
  const total = sheets.reduce((n, s) => n + Math.max(0, s.rows.length - 1), 0);
  report({ phase: 'validating', done: 0, total });
  const read = readImport(input.table, sheets, input.file, input.rules);
  const located = read.sheets.flatMap((s) =>
    s.entries.map((e) => ({ file: s.source.file, ...(s.source.sheet === undefined ? {} : { sheet: s.source.sheet }), row: e.row })),
  );
  const records = read.records as DataRecords[TableName][];
  const plan = planImport(input.table, input.current, records, input.mode, (i) => located[i] ?? { file: input.file });
  const problems = [...read.problems, ...plan.problems];
  if (input.table !== 'units') problems.push(...unknownUnits(read.sheets, input.rules.units.ids, input.file));
  const sheetIndex = (p: Problem) =>
    Math.max(
      0,
      read.sheets.findIndex((s) => s.source.sheet === p.sheet),
    );
  problems.sort((a, b) => sheetIndex(a) - sheetIndex(b) || (a.row ?? 0) - (b.row ?? 0));
  report({ phase: 'validating', done: total, total });
  return {
    problems,
    imported: records.length,
    mode: input.mode,
    counts: plan.counts,
    changes: plan.changes.slice(0, SHOWN),
    deletedRows: plan.deletedRows.slice(0, SHOWN),
    rows: plan.next.length,
    records: input.dryRun ? records : [],
    nextUnits: input.table === 'units' ? (plan.next as Unit[]) : [],
    stage: input.dryRun || problems.length > 0 ? null : encodeStage(input.table, plan.next, plan.kept),
  };
}
