import type { Dataset, ParamOverrides, Problem, ResultDiff, RulePack, RunResult } from '@kaoping/contracts';

/**
 * The draft's result, the published pack's (null without one) on the same data and date, and their diff. From the
 * live simulation's worker the results are summaries: units without indicator details, facts or measures (see
 * workers/sim-core.ts `summarize`); the diff carries the indicator lights that changed.
 */
export interface Simulation {
  draft: RunResult;
  published: RunResult | null;
  diff: ResultDiff;
}

/**
 * Messages between the editor and the simulation worker. The dataset and the published pack are sent once
 * (under a key) and kept in the worker; each edit then posts only the draft, with a sequence number.
 */
export type ToWorker =
  | { kind: 'dataset'; key: string; dataset: Dataset }
  | { kind: 'published'; key: string; pack: RulePack | null }
  | { kind: 'simulate'; seq: number; datasetKey: string; publishedKey: string; draft: RulePack; params: ParamOverrides; asOf: string };

/** Milliseconds spent inside the worker, measured with performance.now(). */
export interface SimTimings {
  /** Compiling the draft (with its 方案参数). */
  compile: number;
  draft: number;
  /** Evaluating the published pack, or null when its result for this dataset and date was reused. */
  published: number | null;
  diff: number;
  /** Everything above, as seen by the worker for this answer. */
  total: number;
}

/** An error as it crosses to the page: what describeError needs (a stable code and located problems). */
export interface SimFailure {
  code: string;
  message: string;
  problems: Problem[];
}

export type FromWorker = { seq: number; ok: true; sim: Simulation; ms: SimTimings } | { seq: number; ok: false; error: SimFailure };
