/**
 * The live simulation's module worker: evaluates the draft and the published pack off the page's thread.
 * Requests that arrive while one runs queue behind it; only the newest of them is run (see sim-core.ts).
 */
import { createSimCore } from './sim-core.ts';
import type { ToWorker } from './sim-protocol.ts';

const core = createSimCore();
let scheduled = false;

self.onmessage = (e: MessageEvent<ToWorker>) => {
  core.accept(e.data);
  if (e.data.kind !== 'simulate' || scheduled) return;
  scheduled = true;
  // A macrotask, so that messages already queued (newer edits) are accepted before the run starts.
  setTimeout(() => {
    scheduled = false;
    const answer = core.runPending();
    if (answer !== null) self.postMessage(answer);
  }, 0);
};
