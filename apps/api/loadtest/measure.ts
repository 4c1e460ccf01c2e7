import autocannon from 'autocannon';

export interface Row {
  what: string;
  connections: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon against one GET for `seconds`, as a browser would ask (session cookie, gzip accepted). */
export async function hammer(what: string, url: string, cookie: string, connections: number, seconds = 10): Promise<Row> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { cookie, 'accept-encoding': 'gzip' },
  });
  return {
    what,
    connections,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
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

export function printHeader(title: string): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write('| request | connections | req/s | p50 ms | p99 ms | errors | non-2xx |\n|---|---|---|---|---|---|---|\n');
}

export function printRow(r: Row): void {
  process.stdout.write(`| ${r.what} | ${r.connections} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |\n`);
}
