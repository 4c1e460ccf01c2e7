import type { Dataset, ParamOverrides, RulePack, RunResult, RunSummary, RunView } from '@kaoping/contracts';
import { evaluate } from '@kaoping/engine';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { fetchDataset } from '@/api/data.ts';
import * as api from '@/api/runs.ts';
import type { JobProgress } from '@/api/jobs.ts';
import { getVersion } from '@/api/versions.ts';
import { diagnosePack } from '@/utils/pack-diagnostics.ts';
import { trendDates } from '@/utils/periods.ts';

export interface MonthResult {
  asOf: string;
  result: RunResult;
}

const newestFirst = (a: RunSummary, b: RunSummary): number => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0);

export const useRunsStore = defineStore('runs', () => {
  const list = ref<RunSummary[]>([]);
  let listSid: string | null = null;
  const current = shallowRef<RunView | null>(null);
  const previous = shallowRef<RunResult | null>(null);
  const months = shallowRef<MonthResult[]>([]);
  /** The pack version the current run used (for list reason labels); null until loaded or if unavailable. */
  const pack = shallowRef<RulePack | null>(null);
  let datasetCache: { sid: string; data: Dataset } | null = null;
  /** Packs of published versions by `sid/version`: a published version's pack never changes. */
  const packs = new Map<string, Promise<RulePack>>();

  /** The pack of a published version, fetched once per page load. */
  function packOf(sid: string, version: number): Promise<RulePack> {
    const key = `${sid}/${version}`;
    let found = packs.get(key);
    if (found === undefined) {
      found = getVersion(sid, version).then((v) => v.pack);
      found.catch(() => packs.delete(key));
      packs.set(key, found);
    }
    return found;
  }

  async function loadList(sid: string): Promise<void> {
    list.value = (await api.listRuns(sid)).sort(newestFirst);
    listSid = sid;
  }

  /** Loads the pack of the current run's version; labels fall back to reason codes when this fails. */
  async function loadPack(sid: string, run: RunView): Promise<void> {
    try {
      const found = await packOf(sid, run.version);
      if (current.value === run) pack.value = found;
    } catch {
      if (current.value === run) pack.value = null;
    }
  }

  /** The run `start` opened, until the run page takes it (so that page does not fetch it and its predecessor again). */
  let justStarted: string | null = null;

  /** Shows a run and fetches the latest earlier run of the same scheme (for rank-change arrows). */
  async function show(sid: string, run: RunView): Promise<void> {
    current.value = run;
    months.value = [];
    pack.value = null;
    void loadPack(sid, run);
    if (listSid !== sid) await loadList(sid);
    const earlier = list.value.filter((r) => r.id !== run.id && r.asOf < run.result.asOf).sort(newestFirst)[0];
    previous.value = earlier ? (await api.getRun(earlier.id)).result : null;
  }

  /**
   * Runs the scheme as a background job (`onJob` gets its progress) and opens the finished run: the list
   * gains its summary, and only the predecessor is fetched.
   */
  async function start(sid: string, asOf: string, version?: number, params: ParamOverrides = {}, acceptGaps = false, onJob?: JobProgress): Promise<RunView> {
    const run = await api.startRun(sid, asOf, version, params, acceptGaps, onJob);
    if (listSid === sid) {
      const { result: _result, gaps: _gaps, ...summary } = run;
      list.value = [summary, ...list.value.filter((r) => r.id !== run.id)].sort(newestFirst);
    }
    await show(sid, run);
    justStarted = run.id;
    return run;
  }

  /** 发布结果 or 作废 the open run; the list and the open run show the new status. */
  async function review(sid: string, action: 'release' | 'void', text: string): Promise<void> {
    const run = current.value;
    if (run === null) return;
    current.value = await api.reviewRun(run.id, action, text);
    await loadList(sid);
  }

  /** Opens a stored run by id; the run `start` has just shown is not fetched again (the page it opens asks for it). */
  async function open(sid: string, rid: string): Promise<void> {
    const fresh = justStarted === rid && current.value?.id === rid;
    justStarted = null;
    if (fresh) return;
    await show(sid, await api.getRun(rid));
  }

  /**
   * Runs the engine in the browser for each month end (year end for a yearly scheme) up to the run's
   * date, with the same pack version, for the trend chart and the light matrix.
   */
  async function computeMonths(sid: string): Promise<void> {
    const run = current.value;
    if (run === null) return;
    const runPack = await packOf(sid, run.version);
    const compiled = diagnosePack(runPack).compiled;
    if (compiled === null) return;
    if (datasetCache?.sid !== sid) datasetCache = { sid, data: await fetchDataset(sid) };
    const data = datasetCache.data;
    const { start, cadence } = runPack.calendar;
    months.value = trendDates(start, cadence, run.result.asOf).map((asOf) => ({ asOf, result: evaluate(compiled, data, { asOf }) }));
  }

  return { list, current, previous, months, pack, loadList, packOf, start, review, open, computeMonths };
});
