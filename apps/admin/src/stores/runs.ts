import type { Dataset, ParamOverrides, RulePack, RunResult } from '@kaoping/contracts';
import { evaluate } from '@kaoping/engine';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { fetchDataset } from '@/api/data.ts';
import * as api from '@/api/runs.ts';
import type { JobProgress } from '@/api/jobs.ts';
import type { RunRecord, RunSummary } from '@/api/runs.ts';
import { getVersion, listVersions } from '@/api/versions.ts';
import { diagnosePack } from '@/utils/pack-diagnostics.ts';
import { trendDates } from '@/utils/periods.ts';

export interface MonthResult {
  asOf: string;
  result: RunResult;
}

export const useRunsStore = defineStore('runs', () => {
  const list = ref<RunSummary[]>([]);
  const current = shallowRef<RunRecord | null>(null);
  const previous = shallowRef<RunResult | null>(null);
  const months = shallowRef<MonthResult[]>([]);
  /** The pack version the current run used (for list reason labels); null until loaded or if unavailable. */
  const pack = shallowRef<RulePack | null>(null);
  let datasetCache: { sid: string; data: Dataset } | null = null;

  async function loadList(sid: string): Promise<void> {
    list.value = (await api.listRuns(sid)).sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
  }

  async function start(sid: string, asOf: string, version?: number, params: ParamOverrides = {}, acceptGaps = false, onJob?: JobProgress): Promise<RunRecord> {
    const rec = await api.startRun(sid, asOf, version, params, acceptGaps, onJob);
    await loadList(sid);
    return rec;
  }

  /** 发布结果 or 作废 the open run; the list and the open run show the new status. */
  async function review(sid: string, action: 'release' | 'void', text: string): Promise<void> {
    const run = current.value;
    if (run === null) return;
    const updated = await api.reviewRun(run.id, action, text);
    current.value = { ...run, ...updated, result: run.result };
    await loadList(sid);
  }

  async function versionNumber(sid: string, run: RunRecord): Promise<number> {
    return run.version ?? (await listVersions(sid)).reduce((m, x) => Math.max(m, x.version), 0);
  }

  /** Loads the pack of the current run's version; labels fall back to reason codes when this fails. */
  async function loadPack(sid: string): Promise<void> {
    const run = current.value;
    if (run === null) return;
    try {
      const detail = await getVersion(sid, await versionNumber(sid, run));
      if (current.value === run) pack.value = detail.pack;
    } catch {
      pack.value = null;
    }
  }

  /** Opens a run and the latest earlier run of the same scheme (for rank-change arrows). */
  async function open(sid: string, rid: string): Promise<void> {
    current.value = await api.getRun(rid);
    months.value = [];
    pack.value = null;
    void loadPack(sid);
    if (list.value.length === 0) await loadList(sid);
    const asOf = current.value.result.asOf;
    const earlier = list.value.filter((r) => r.asOf < asOf).sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
    previous.value = earlier ? (await api.getRun(earlier.id)).result : null;
  }

  /**
   * Runs the engine in the browser for each month end (year end for a yearly scheme) up to the run's
   * date, with the same pack version, for the trend chart and the light matrix.
   */
  async function computeMonths(sid: string): Promise<void> {
    const run = current.value;
    if (run === null) return;
    const detail = await getVersion(sid, await versionNumber(sid, run));
    const compiled = diagnosePack(detail.pack).compiled;
    if (compiled === null) return;
    if (datasetCache?.sid !== sid) datasetCache = { sid, data: await fetchDataset(sid) };
    const data = datasetCache.data;
    const { start, cadence } = detail.pack.calendar;
    months.value = trendDates(start, cadence, run.result.asOf).map((asOf) => ({ asOf, result: evaluate(compiled, data, { asOf }) }));
  }

  return { list, current, previous, months, pack, loadList, start, review, open, computeMonths };
});
