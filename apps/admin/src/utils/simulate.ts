import { createSimClient, type SimClient } from '@/workers/sim-client.ts';

let client: SimClient | null = null;

/** The page's one simulation worker client; the worker (a same-origin module file Vite emits) starts on first use. */
export function simulationClient(): SimClient {
  client ??= createSimClient(() => new Worker(new URL('../workers/simulate.worker.ts', import.meta.url), { type: 'module', name: 'simulate' }));
  return client;
}
