import type { Dataset, ParamOverrides, RulePack } from '@kaoping/contracts';
import { MISSING_DATASET, MISSING_PUBLISHED } from './sim-core.ts';
import type { FromWorker, SimFailure, SimTimings, Simulation, ToWorker } from './sim-protocol.ts';

/** What the client needs of a Worker (a real one, or the core called directly in tests). */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface SimRequest {
  dataset: { key: string; data: Dataset };
  published: { key: string; pack: RulePack | null };
  draft: RulePack;
  params: ParamOverrides;
  asOf: string;
}

/** A run's outcome; `stale` when a newer request superseded it (its answer, if any, is dropped). */
export type SimOutcome = { kind: 'done'; sim: Simulation; ms: SimTimings } | { kind: 'failed'; error: SimFailure } | { kind: 'stale' };

interface InFlight {
  seq: number;
  req: SimRequest;
  resolve: (o: SimOutcome) => void;
  retried: boolean;
}

/**
 * The page's side of the simulation worker. The dataset and the published pack are posted once per key; each
 * request gets the next sequence number. A request made while another runs terminates that worker (its run
 * cannot be interrupted otherwise) and starts a fresh one, which is then sent the dataset again.
 */
export function createSimClient(spawn: () => WorkerLike) {
  let worker: WorkerLike | null = null;
  let sent = { dataset: '', published: '' };
  let seq = 0;
  let inFlight: InFlight | null = null;

  function start(): WorkerLike {
    const w = spawn();
    w.onmessage = (e) => answer(e.data);
    // The worker script failed to load or threw outside a run: the request in flight fails with the reason.
    w.onerror = (e) => {
      e.preventDefault();
      const f = inFlight;
      inFlight = null;
      worker = null;
      w.terminate();
      f?.resolve({ kind: 'failed', error: { code: 'INTERNAL', message: e.message, problems: [] } });
    };
    sent = { dataset: '', published: '' };
    return w;
  }

  function post(f: InFlight): void {
    worker ??= start();
    const { req } = f;
    if (sent.dataset !== req.dataset.key) worker.postMessage({ kind: 'dataset', key: req.dataset.key, dataset: req.dataset.data });
    if (sent.published !== req.published.key) worker.postMessage({ kind: 'published', key: req.published.key, pack: req.published.pack });
    sent = { dataset: req.dataset.key, published: req.published.key };
    worker.postMessage({
      kind: 'simulate',
      seq: f.seq,
      datasetKey: req.dataset.key,
      publishedKey: req.published.key,
      draft: req.draft,
      params: req.params,
      asOf: req.asOf,
    });
  }

  function answer(a: FromWorker): void {
    const f = inFlight;
    if (f === null || a.seq !== f.seq) return;
    if (!a.ok && (a.error.code === MISSING_DATASET || a.error.code === MISSING_PUBLISHED) && !f.retried) {
      // The worker lost what we thought it had (e.g. it was restarted): send it again, once.
      sent = { dataset: '', published: '' };
      f.retried = true;
      post(f);
      return;
    }
    inFlight = null;
    f.resolve(a.ok ? { kind: 'done', sim: a.sim, ms: a.ms } : { kind: 'failed', error: a.error });
  }

  /** Drops the request in flight, if any: it resolves as stale and its worker is stopped mid-run. */
  function cancel(): void {
    if (inFlight === null) return;
    inFlight.resolve({ kind: 'stale' });
    inFlight = null;
    worker?.terminate();
    worker = null;
  }

  /** Simulates `req`; an earlier request still running resolves as stale. */
  function run(req: SimRequest): Promise<SimOutcome> {
    cancel();
    seq += 1;
    return new Promise((resolve) => {
      inFlight = { seq, req, resolve, retried: false };
      post(inFlight);
    });
  }

  return { run, cancel };
}

export type SimClient = ReturnType<typeof createSimClient>;
