import type { Dataset, RunResult } from '@kaoping/contracts';
import { evaluate, type CompiledPack } from '@kaoping/engine';
import { diffRuns, type GroupDiff } from './run-diff.ts';

export interface Simulation {
  draft: RunResult;
  published: RunResult | null;
  diff: GroupDiff[];
}

/** Evaluates the draft and the published pack on the same data and period, and compares them. */
export function simulate(draft: CompiledPack, published: CompiledPack | null, dataset: Dataset, asOf: string): Simulation {
  const d = evaluate(draft, dataset, { asOf, trace: true });
  const p = published === null ? null : evaluate(published, dataset, { asOf });
  return { draft: d, published: p, diff: diffRuns(p, d) };
}
