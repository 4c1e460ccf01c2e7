import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { ProbeStats } from './server-probe.ts';

export interface Row {
  what: string;
  connections: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Requests that failed, whatever the cause (autocannon's `errors`, which already counts the timeouts). */
  errors: number;
  /** Of those, requests without an answer within 10 s. */
  timeouts: number;
  /** Each cause of a failure (ECONNRESET, ECONNREFUSED, `request timed out` …) with its count. */
  causes: Record<string, number>;
  non2xx: number;
  /** The server's CPU time (user + system) per answered request: what a request costs, however busy the machine. */
  cpuMsPerReq: number | undefined;
  /** What the server itself saw during the burst (its own latency, loop delay, GC), when it could be asked. */
  server: ProbeStats | undefined;
  /** The CPU this process (autocannon) used during the burst, in % of one core: near 100, the client is the limit. */
  clientCpu: number;
  /** The machine's 1-minute load average at the end of the burst (2 cores: above 2, something else competes). */
  load: number;
}

/** autocannon against one GET for `seconds`, as a browser would ask (session cookie, gzip accepted). */
export async function hammer(
  what: string,
  url: string,
  cookie: string,
  connections: number,
  seconds = 10,
  probe?: () => Promise<ProbeStats | undefined>,
): Promise<Row> {
  await probe?.();
  const clientBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const causes: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, connections, duration: seconds, timeout: 10, headers: { cookie, 'accept-encoding': 'gzip' } };
    const instance = autocannon(options, (error: Error | null, done: autocannon.Result) => (error ? reject(error) : resolve(done)));
    instance.on('reqError', (error: Error & { code?: string }) => {
      const cause = error.code ?? error.message;
      causes[cause] = (causes[cause] ?? 0) + 1;
    });
  });
  const client = process.cpuUsage(clientBefore);
  const clientCpu = Math.round(((client.user + client.system) / 1000 / (performance.now() - wallBefore)) * 100);
  const server = await probe?.();
  return {
    what,
    connections,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    causes,
    non2xx: result.non2xx,
    cpuMsPerReq: server?.cpuMsPerReq,
    server,
    clientCpu,
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** Waits until the server answers `url` again (after a burst it may still be working off queued requests); the ms waited, or null. */
export async function settle(url: string, cookie: string, limitMs = 180_000): Promise<number | null> {
  const start = Date.now();
  while (Date.now() < start + limitMs) {
    const answer = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(5000) }).catch(() => undefined);
    if (answer?.ok === true) {
      await answer.arrayBuffer();
      return Date.now() - start;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return null;
}

/**
 * The first eight columns are the client's view; then what the server saw (server-probe.ts): its own p50/p99 of a
 * request (queueing in the server included), how late its event loop ran (p99/max), its GC pauses (count, total,
 * longest, and of those the full collections), then the client's CPU and the machine's load.
 */
export function printHeader(title: string): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(
    '| request | connections | req/s | p50 ms | p99 ms | errors (causes) | non-2xx | server CPU ms/req | in server p50/p99 ms | loop delay p99/max ms | GC n, total/max ms (full n, ms) | client CPU % | load |\n' +
      `|${'---|'.repeat(13)}\n`,
  );
}

function causesOf(r: Row): string {
  const listed = Object.entries(r.causes).map(([cause, n]) => `${n} ${cause}`);
  return listed.length === 0 ? '' : ` (${listed.join(', ')})`;
}

function serverCells(s: ProbeStats | undefined): string {
  if (s === undefined) return '– | – | –';
  const { gc } = s;
  return `${s.serverMs.p50}/${s.serverMs.p99} | ${s.loopDelayMs.p99}/${s.loopDelayMs.max} | ${gc.count}, ${gc.totalMs}/${gc.maxMs} (${gc.major}, ${gc.majorMs})`;
}

export function printRow(r: Row): void {
  process.stdout.write(
    `| ${r.what} | ${r.connections} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.errors}${causesOf(r)} | ${r.non2xx} | ${r.cpuMsPerReq ?? '–'} | ` +
      `${serverCells(r.server)} | ${r.clientCpu} | ${r.load} |\n`,
  );
}

/** One table with the same requests measured under several settings (e.g. read caches off, then on), side by side. */
export function printComparison(title: string, runs: readonly { label: string; rows: readonly Row[] }[]): void {
  const cols = (l: string) => `${l} req/s | ${l} p50 ms | ${l} p99 ms | ${l} errors+non-2xx | ${l} CPU ms/req`;
  const header = `| request | connections | ${runs.map((r) => cols(r.label)).join(' | ')} |`;
  process.stdout.write(`\n${title}\n${header}\n|${'---|'.repeat(2 + 5 * runs.length)}\n`);
  const cells = (r: Row | undefined) => (r ? `${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ${r.cpuMsPerReq ?? '–'}` : '– | – | – | – | –');
  runs[0]?.rows.forEach((b, i) => process.stdout.write(`| ${b.what} | ${b.connections} | ${runs.map((r) => cells(r.rows[i])).join(' | ')} |\n`));
}
