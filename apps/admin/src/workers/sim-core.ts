import { ErrorCode, KaopingError, type Dataset, type RulePack, type RunResult } from '@kaoping/contracts';
import { compilePack, evaluate, parsePack, type CompiledPack } from '@kaoping/engine';
import { diffResults } from '@kaoping/report';
import type { FromWorker, SimFailure, ToWorker } from './sim-protocol.ts';

type SimulateMsg = Extract<ToWorker, { kind: 'simulate' }>;

/** Codes of answers the page reacts to by re-sending what the worker lacks (it was restarted, or never told). */
export const MISSING_DATASET = 'SIM_DATASET_MISSING';
export const MISSING_PUBLISHED = 'SIM_PUBLISHED_MISSING';

function failure(e: unknown): SimFailure {
  if (e instanceof KaopingError) return { code: e.code, message: e.message, problems: e.problems };
  return { code: ErrorCode.INTERNAL, message: e instanceof Error ? e.message : String(e), problems: [] };
}

/**
 * A result as the page receives it: each unit's summary (rank, total, light, adjustments) without its indicator
 * details, facts and measures, which the diff has already read. At 2,000 units the full results are megabytes that
 * the page would have to copy on its own thread.
 */
function summarize(r: RunResult): RunResult {
  return { ...r, groups: r.groups.map((g) => ({ ...g, units: g.units.map((u) => ({ ...u, indicators: {}, facts: {}, measures: {}, exact: {} })) })) };
}

/** The published pack compiled; one that no longer compiles is simulated against as if there were none, as before. */
function compilePublished(pack: RulePack | null): CompiledPack | null {
  if (pack === null) return null;
  try {
    return compilePack(parsePack(pack));
  } catch {
    return null;
  }
}

/**
 * The worker's state, without the worker: the last dataset and published pack it was sent, the published
 * result per date, and the newest simulate request not yet run. Older requests are superseded on arrival.
 */
export function createSimCore(now: () => number = () => performance.now()) {
  let dataset: { key: string; data: Dataset } | null = null;
  let published: { key: string; compiled: CompiledPack | null } | null = null;
  /** The published result for (published key, dataset key, asOf): it does not change while the draft is edited. */
  let publishedRun: { id: string; result: RunResult | null } | null = null;
  let pending: SimulateMsg | null = null;
  let newest = 0;

  function accept(msg: ToWorker): void {
    if (msg.kind === 'dataset') {
      dataset = { key: msg.key, data: msg.dataset };
      publishedRun = null;
    } else if (msg.kind === 'published') {
      published = { key: msg.key, compiled: compilePublished(msg.pack) };
      publishedRun = null;
    } else if (msg.seq > newest) {
      newest = msg.seq;
      pending = msg;
    }
  }

  function run(msg: SimulateMsg): FromWorker {
    if (dataset?.key !== msg.datasetKey) return { seq: msg.seq, ok: false, error: { code: MISSING_DATASET, message: msg.datasetKey, problems: [] } };
    if (published?.key !== msg.publishedKey) return { seq: msg.seq, ok: false, error: { code: MISSING_PUBLISHED, message: msg.publishedKey, problems: [] } };
    const t0 = now();
    const compiled = compilePack(parsePack(msg.draft), { params: msg.params });
    const t1 = now();
    const draft = evaluate(compiled, dataset.data, { asOf: msg.asOf });
    const t2 = now();
    const id = `${published.key}\n${dataset.key}\n${msg.asOf}`;
    let publishedMs: number | null = null;
    if (publishedRun?.id !== id) {
      publishedRun = { id, result: published.compiled === null ? null : evaluate(published.compiled, dataset.data, { asOf: msg.asOf }) };
      publishedMs = now() - t2;
    }
    const t3 = now();
    const diff = diffResults(publishedRun.result, draft);
    const t4 = now();
    const ms = { compile: t1 - t0, draft: t2 - t1, published: publishedMs, diff: t4 - t3, total: t4 - t0 };
    const pub = publishedRun.result === null ? null : summarize(publishedRun.result);
    return { seq: msg.seq, ok: true, sim: { draft: summarize(draft), published: pub, diff }, ms };
  }

  /** Runs the newest pending request, if any; a pack that does not compile answers with its located problems. */
  function runPending(): FromWorker | null {
    const msg = pending;
    pending = null;
    if (msg === null) return null;
    try {
      return run(msg);
    } catch (e) {
      return { seq: msg.seq, ok: false, error: failure(e) };
    }
  }

  return { accept, runPending };
}
