import type { RunSummary } from '@kaoping/store';

/** A run as listed: whether it is the official result of its period, or replaced by a newer release. */
export interface ListedRun extends RunSummary {
  official: boolean;
  superseded: boolean;
}

/**
 * The newest released run of each period is official; older released runs of the same period are
 * 已被替代. Drafts and voided runs are neither. Runs stored before periods were recorded group by as-of.
 */
export function markOfficial(runs: readonly RunSummary[]): ListedRun[] {
  const newest = new Map<string, RunSummary>();
  for (const run of runs) {
    if (run.status !== 'released') continue;
    const key = run.periodId ?? run.asOf;
    const best = newest.get(key);
    if (best === undefined || (run.releasedAt ?? '') > (best.releasedAt ?? '')) newest.set(key, run);
  }
  return runs.map((run) => {
    const official = run.status === 'released' && newest.get(run.periodId ?? run.asOf) === run;
    return { ...run, official, superseded: run.status === 'released' && !official };
  });
}
