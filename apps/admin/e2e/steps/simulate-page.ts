/**
 * Page-side measurements of the simulation worker: the production worker file (the one the editor starts) driven
 * with the same messages as src/workers/sim-client.ts. The page code is plain JavaScript text, so that nothing the
 * TypeScript loader adds to functions has to exist in the browser.
 */
import type { Dataset, RulePack } from '@kaoping/contracts';
import type { Page } from 'playwright-core';

export interface Inputs {
  data: Dataset;
  published: RulePack;
  draft: RulePack;
  asOf: string;
  workerUrl: string;
}

export interface SimulationFigures {
  units: number;
  runs: number;
  total: number;
  compile: number;
  draft: number;
  published: number;
  diff: number;
  roundTrip: number;
}

export interface FrameFigures {
  units: number;
  frames: number;
  /** Frames while the worker computed (after the dataset was posted, before the answer arrived). */
  maxGap: number;
  medianGap: number;
  /** The frame that contained posting the dataset (a structured clone on the page). */
  postGap: number;
  /** The frame that contained the answer's arrival (its structured clone read on the page). */
  answerGap: number;
  workerMs: number;
  postMs: number;
  roundTrip: number;
}

/** Defines, in the page: scale(data, n) repeating units (with their rows) up to n, and ask(worker, msgs) → answer. */
const HELPERS = `
const scale = (data, n) => {
  const out = { units: [], targets: [], reports: [], events: [], projects: [] };
  for (let k = 0; k < n; k += 1) {
    const src = data.units[k % data.units.length];
    const copy = Math.floor(k / data.units.length);
    const id = copy === 0 ? src.id : src.id + '-' + copy;
    const { aliases: _aliases, ...unit } = src;
    out.units.push({ ...unit, id, name: copy === 0 ? src.name : src.name + copy });
    for (const t of ['targets', 'reports', 'events']) for (const r of data[t]) if (r.unitId === src.id) out[t].push({ ...r, unitId: id });
    for (const p of data.projects) if (p.unitId === src.id) out.projects.push({ ...p, id: copy === 0 ? p.id : p.id + '-' + copy, unitId: id });
  }
  return out;
};
const ask = (worker, msgs) => new Promise((resolve) => {
  worker.onmessage = (e) => resolve(e.data);
  for (const m of msgs) worker.postMessage(m);
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]; };
`;

/**
 * `runs` draft-vs-published simulations of gulou's data scaled to `units`: each run re-sends the published pack under
 * a new key, so the worker evaluates both versions every time (the editor reuses the published result between edits).
 */
export function measureSimulations(page: Page, input: Inputs, units: number, runs: number): Promise<SimulationFigures> {
  const src = `(async (arg) => {
    ${HELPERS}
    const data = scale(arg.data, arg.units);
    const worker = new Worker(arg.workerUrl, { type: 'module' });
    const figures = [];
    try {
      await ask(worker, [{ kind: 'dataset', key: 'd', dataset: data }, { kind: 'published', key: 'warm', pack: arg.published },
        { kind: 'simulate', seq: 1, datasetKey: 'd', publishedKey: 'warm', draft: arg.draft, params: {}, asOf: arg.asOf }]);
      for (let i = 0; i < arg.runs; i += 1) {
        const t0 = performance.now();
        const a = await ask(worker, [{ kind: 'published', key: 'p' + i, pack: arg.published },
          { kind: 'simulate', seq: i + 2, datasetKey: 'd', publishedKey: 'p' + i, draft: arg.draft, params: {}, asOf: arg.asOf }]);
        const roundTrip = performance.now() - t0;
        if (!a.ok) throw new Error(a.error.code + ': ' + a.error.message);
        figures.push({ ...a.ms, roundTrip });
      }
    } finally {
      worker.terminate();
    }
    const m = (k) => median(figures.map((f) => f[k]));
    return { units: data.units.length, runs: figures.length, total: m('total'), compile: m('compile'), draft: m('draft'), published: m('published'), diff: m('diff'), roundTrip: m('roundTrip') };
  })(${JSON.stringify({ ...input, units, runs })})`;
  return page.evaluate(src) as Promise<SimulationFigures>;
}

/** Frame gaps (requestAnimationFrame) on the page from posting a `units`-unit simulation until its answer is read. */
export function measureFrames(page: Page, input: Inputs, units: number): Promise<FrameFigures> {
  const src = `(async (arg) => {
    ${HELPERS}
    const data = scale(arg.data, arg.units);
    const worker = new Worker(arg.workerUrl, { type: 'module' });
    try {
      await ask(worker, [{ kind: 'published', key: 'none', pack: null }, { kind: 'dataset', key: 'tiny', dataset: scale(arg.data, 1) },
        { kind: 'simulate', seq: 1, datasetKey: 'tiny', publishedKey: 'none', draft: arg.draft, params: {}, asOf: arg.asOf }]);
      // Each frame's gap and when it ended: the post of the dataset, the worker's computation and the answer's arrival are told apart.
      const gaps = [];
      let last = performance.now();
      let done = false;
      // performance.now(), not the frame's start time: that can precede the answer read in the same frame.
      const tick = () => { const now = performance.now(); gaps.push([now - last, now]); last = now; if (!done) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      const answer = ask(worker, [{ kind: 'dataset', key: 'big', dataset: data }, { kind: 'published', key: 'p', pack: arg.published },
        { kind: 'simulate', seq: 2, datasetKey: 'big', publishedKey: 'p', draft: arg.draft, params: {}, asOf: arg.asOf }]);
      const posted = performance.now();
      const a = await answer;
      const arrived = performance.now();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      done = true;
      if (!a.ok) throw new Error(a.error.code + ': ' + a.error.message);
      const firstAfterPost = gaps.findIndex(([, end]) => end >= posted);
      const firstAfterAnswer = gaps.findIndex(([, end]) => end >= arrived);
      const computing = gaps.slice(firstAfterPost + 1, firstAfterAnswer).map(([g]) => g);
      return {
        units: a.sim.draft.groups.reduce((n, g) => n + g.units.length, 0), frames: computing.length,
        maxGap: Math.max(...computing), medianGap: median(computing), postGap: gaps[firstAfterPost]?.[0] ?? NaN, answerGap: gaps[firstAfterAnswer]?.[0] ?? NaN,
        workerMs: a.ms.total, postMs: posted - t0, roundTrip: arrived - t0,
      };
    } finally {
      worker.terminate();
    }
  })(${JSON.stringify({ ...input, units })})`;
  return page.evaluate(src) as Promise<FrameFigures>;
}
