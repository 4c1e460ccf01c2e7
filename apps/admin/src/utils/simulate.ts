import type { RunResult } from '@kaoping/contracts';
import { createSimClient, type SimClient } from '@/workers/sim-client.ts';
import type { GroupDiff } from './run-diff.ts';

/**
 * The draft's result, the published pack's (null without one) on the same data and date, and their diff. From the
 * live simulation's worker the results are summaries: units without indicator details, facts or measures (see
 * workers/sim-core.ts `summarize`); the diff carries the indicator lights that changed.
 */
export interface Simulation {
  draft: RunResult;
  published: RunResult | null;
  diff: GroupDiff[];
}

let client: SimClient | null = null;

/** The page's one simulation worker client; the worker (a same-origin module file Vite emits) starts on first use. */
export function simulationClient(): SimClient {
  client ??= createSimClient(() => new Worker(new URL('../workers/simulate.worker.ts', import.meta.url), { type: 'module', name: 'simulate' }));
  return client;
}
