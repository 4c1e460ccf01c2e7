import { ErrorCode, KaopingError, type DataGap, type Dataset, type ImportMode, type ParamOverrides, type Problem, type TableName } from '@kaoping/contracts';
import { evaluate, findGaps } from '@kaoping/engine';
import type { DataRecords, RunUnitRow } from '@kaoping/store';
import type { ImportRules } from '../services/imports/import-rules.ts';
import { planImport, type ImportPlan } from '../services/imports/plan-import.ts';
import { readImport, type ReadSheet } from '../services/imports/read-import.ts';
import { readUpload } from '../services/imports/read-upload.ts';
import { checkPack } from '../services/packs/check-pack.ts';
import { runFingerprint } from '../services/runs/fingerprint.ts';
import { unitRowsOf } from '../services/runs/unit-rows.ts';

/** What a job is doing: rows read, validated or written for an import, units evaluated or a result saved for a run. */
export interface JobProgress {
  phase: 'reading' | 'validating' | 'writing' | 'compiling' | 'evaluating' | 'saving';
  done: number;
  /** null while not known yet. */
  total: number | null;
}

/** Where a job reports its progress (a worker posts it to the request thread). */
export type ReportProgress = (progress: JobProgress) => void;

const NO_REPORT: ReportProgress = () => undefined;

/** An import's file and what it is planned against: parsed and planned off the request thread. */
interface ImportTaskInput {
  table: TableName;
  body: Uint8Array;
  file: string;
  xlsx: boolean;
  sheet?: string | undefined;
  mode: ImportMode;
  rules: ImportRules;
  current: readonly DataRecords[TableName][];
}

export interface ImportTaskOutput {
  read: { records: DataRecords[TableName][]; sheets: ReadSheet<DataRecords[TableName]>[]; problems: Problem[] };
  plan: ImportPlan<DataRecords[TableName]>;
}

/** Reads the upload (within the upload limits) and plans it against the stored rows. */
async function importTask(input: ImportTaskInput, report: ReportProgress = NO_REPORT): Promise<ImportTaskOutput> {
  const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
  report({ phase: 'reading', done: 0, total: null });
  const sheets = await readUpload(body, input.xlsx, input.sheet, input.file);
  // Every row but each sheet's header row is a data row.
  const rows = sheets.reduce((n, s) => n + Math.max(0, s.rows.length - 1), 0);
  report({ phase: 'validating', done: 0, total: rows });
  const read = readImport(input.table, sheets, input.file, input.rules);
  const located = read.sheets.flatMap((s) => s.entries.map((e) => ({ file: s.source.file, ...(s.source.sheet === undefined ? {} : { sheet: s.source.sheet }), row: e.row })));
  const records = read.records as DataRecords[TableName][];
  const plan = planImport(input.table, input.current, records, input.mode, (i) => located[i] ?? { file: input.file });
  report({ phase: 'validating', done: rows, total: rows });
  return { read: { records, sheets: read.sheets as ReadSheet<DataRecords[TableName]>[], problems: read.problems }, plan };
}

/** A run's inputs: the published pack, the data snapshot, the date and the overrides. */
export interface RunTaskInput {
  pack: unknown;
  params: ParamOverrides;
  dataset: Dataset;
  asOf: string;
  acceptGaps: boolean;
}

export interface RunTaskOutput {
  /** The result as JSON text, as it is stored. */
  result: string;
  gaps: DataGap[];
  fingerprint: string;
  periodId: string;
  periodLabel: string;
  /** The result cut into one row per unit (served by GET /runs/:rid/units/:uid). */
  units: RunUnitRow[];
}

/** Compiles the pack (within the engine's limits), checks the data for gaps and evaluates with trace. */
export function runTask(input: RunTaskInput, report: ReportProgress = NO_REPORT): RunTaskOutput {
  report({ phase: 'compiling', done: 0, total: null });
  const { pack, compiled } = checkPack(input.pack, input.params);
  const gaps = findGaps(pack, input.dataset, input.asOf);
  if (gaps.length > 0 && !input.acceptGaps) {
    throw new KaopingError(ErrorCode.DATA_INCOMPLETE, `数据不完整（${gaps.length} 处缺口），确认接受这些缺口后才能运行`, gaps.map((g) => ({ message: g.message })));
  }
  // The engine evaluates a run in one call: its units are reported before and after it.
  report({ phase: 'evaluating', done: 0, total: input.dataset.units.length });
  const result = evaluate(compiled, input.dataset, { asOf: input.asOf, trace: true });
  report({ phase: 'evaluating', done: input.dataset.units.length, total: input.dataset.units.length });
  return {
    result: JSON.stringify(result), gaps, fingerprint: runFingerprint(pack, input.dataset, input.asOf, input.params),
    periodId: result.period.id, periodLabel: result.period.label, units: unitRowsOf(result),
  };
}

/** One job a worker thread executes. */
export type JobTask = { kind: 'import'; input: ImportTaskInput } | { kind: 'run'; input: RunTaskInput };

/** What each kind of job returns. */
export interface JobOutputs {
  import: ImportTaskOutput;
  run: RunTaskOutput;
}

/** Executes a job in this thread. */
export async function executeJob(task: JobTask, report: ReportProgress = NO_REPORT): Promise<JobOutputs[JobTask['kind']]> {
  return task.kind === 'import' ? importTask(task.input, report) : runTask(task.input, report);
}
