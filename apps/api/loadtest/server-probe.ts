import { subscribe } from 'node:diagnostics_channel';
import { renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Session } from 'node:inspector';
import { constants, createHistogram, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry, type RecordableHistogram } from 'node:perf_hooks';

/** What the server saw between two SIGUSR2 (see below); times in ms. */
export interface ProbeStats {
  requests: number;
  /** The process's CPU time (user + system) per finished request. */
  cpuMsPerReq: number;
  /** Each request from the moment Node parsed its head to its last byte handed to the OS. */
  serverMs: Spread;
  /** How late the event loop ran a 1 ms timer: a long synchronous stretch, a GC pause, the process descheduled. */
  loopDelayMs: Spread;
  /** Garbage collection pauses (`major`: mark-compacts of the whole heap). */
  gc: { count: number; totalMs: number; maxMs: number; major: number; majorMs: number };
}

interface Spread {
  p50: number;
  p99: number;
  max: number;
}

/**
 * Loaded into the API process by the load script (NODE_OPTIONS=--import), never by the product: what the server
 * itself saw during a burst, so that a tail can be put down to the server (its queue, GC, the loop) or to
 * everything else (the client, the network, the machine). SIGUSR2 writes the figures since the previous SIGUSR2
 * to KAOPING_PROBE_FILE as JSON and starts afresh. With KAOPING_PROBE_PROFILE (a path prefix), every other SIGUSR2
 * starts a CPU profile and the next writes it to `<prefix>-<n>.cpuprofile`.
 * Costs the server two hrtime reads and a histogram entry per request.
 */
const file = process.env['KAOPING_PROBE_FILE'];
const profilePrefix = process.env['KAOPING_PROBE_PROFILE'];

const served = createHistogram();
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const startedAt = new WeakMap<IncomingMessage, bigint>();
let cpu = process.cpuUsage();
let gc = { count: 0, totalMs: 0, maxMs: 0, major: 0, majorMs: 0 };

subscribe('http.server.request.start', (message) => {
  const { request } = message as { request: IncomingMessage };
  startedAt.set(request, process.hrtime.bigint());
});
subscribe('http.server.response.finish', (message) => {
  const start = startedAt.get((message as { request: IncomingMessage }).request);
  // In microseconds: the histogram records integers.
  if (start !== undefined) served.record(Math.max(1, Number((process.hrtime.bigint() - start) / 1000n)));
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
    if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      gc.major++;
      gc.majorMs += entry.duration;
    }
  }
}).observe({ entryTypes: ['gc'] });

const round = (ms: number) => Math.round(ms * 10) / 10;
const spread = (h: RecordableHistogram | ReturnType<typeof monitorEventLoopDelay>, perMs: number): Spread => ({
  p50: round(h.percentile(50) / perMs),
  p99: round(h.percentile(99) / perMs),
  max: round(h.max / perMs),
});

const session = profilePrefix === undefined ? undefined : new Session();
session?.connect();
session?.post('Profiler.enable');
let profiles = 0;

function toggleProfile(): void {
  if (session === undefined || profilePrefix === undefined) return;
  if (profiles % 2 === 0) session.post('Profiler.start');
  else {
    const path = `${profilePrefix}-${(profiles + 1) / 2}.cpuprofile`;
    session.post('Profiler.stop', (error, result) => error || writeFileSync(path, JSON.stringify(result.profile)));
  }
  profiles++;
}

function dump(): void {
  const used = process.cpuUsage(cpu);
  const stats: ProbeStats = {
    requests: served.count,
    cpuMsPerReq: Math.round(((used.user + used.system) / 1000 / Math.max(1, served.count)) * 1000) / 1000,
    serverMs: spread(served, 1000),
    loopDelayMs: spread(loop, 1e6),
    gc: { count: gc.count, totalMs: Math.round(gc.totalMs), maxMs: round(gc.maxMs), major: gc.major, majorMs: Math.round(gc.majorMs) },
  };
  if (file !== undefined) {
    // Written whole, then renamed: the reader polls for the file and must never see half of it.
    writeFileSync(`${file}.part`, JSON.stringify(stats));
    renameSync(`${file}.part`, file);
  }
  served.reset();
  loop.reset();
  cpu = process.cpuUsage();
  gc = { count: 0, totalMs: 0, maxMs: 0, major: 0, majorMs: 0 };
  toggleProfile();
}

process.on('SIGUSR2', dump);
