import { ErrorCode, KaopingError, type DataGap, type Dataset, type ParamOverrides } from '@kaoping/contracts';
import { evaluate, findGaps } from '@kaoping/engine';
import type { RunUnitRow } from '@kaoping/store';
import { importTask, type ImportTaskInput, type ImportTaskOutput } from '../services/imports/import-task.ts';
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
    throw new KaopingError(
      ErrorCode.DATA_INCOMPLETE,
      `数据不完整（${gaps.length} 处缺口），确认接受这些缺口后才能运行`,
      gaps.map((g) => ({ message: g.message })),
    );
  }
  // The engine evaluates a run in one call: its units are reported before and after it.
  report({ phase: 'evaluating', done: 0, total: input.dataset.units.length });
  const result = evaluate(compiled, input.dataset, { asOf: input.asOf, trace: true });
  report({ phase: 'evaluating', done: input.dataset.units.length, total: input.dataset.units.length });
  return {
    result: JSON.stringify(result),
    gaps,
    fingerprint: runFingerprint(pack, input.dataset, input.asOf, input.params),
    periodId: result.period.id,
    periodLabel: result.period.label,
    units: unitRowsOf(result),
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
