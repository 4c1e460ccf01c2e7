import { createServer, type RequestListener, type Server } from 'node:http';
import { REQUESTS_PER_TURN, takeTurns } from './take-turns.ts';

export interface EarlyServer {
  server: Server;
  /** Hands requests to the real app once the database is open (until then they get 503), a few per turn of the event loop. */
  serve(app: RequestListener, requestsPerTurn?: number): void;
  /**
   * Stops accepting connections and calls `done` once the open ones have ended: idle ones at once, and
   * one that is answering a request as soon as that answer has been sent (not after `KEEP_ALIVE_MS`).
   */
  close(done?: () => void): void;
}

/** Answers while the database is still opening: a JSON 503 in the API's error shape. */
const starting: RequestListener = (_req, res) => {
  res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '2' });
  res.end(JSON.stringify({ errors: [{ message: '服务正在启动，请稍候', extensions: { code: 'INTERNAL' } }] }));
};

/**
 * How long an idle kept-alive connection stays open. Node's default of 5 s closes it while a client
 * (a proxy's pool, Playwright's request context) may reuse it at that moment: the request is then lost
 * with "socket hang up" (ECONNRESET). Clients and proxies keep idle connections for less than this,
 * so they close them first. Headers must be allowed longer than the idle time, or Node cuts slow ones.
 */
const KEEP_ALIVE_MS = 65_000;
const HEADERS_TIMEOUT_MS = 66_000;

/**
 * Binds the port before anything else happens, so a start that cannot listen (EADDRINUSE …) fails before it
 * has opened — and so touched — the database. Rejects with the listen error.
 */
export function listenFirst(port: number): Promise<EarlyServer> {
  let handler: RequestListener = starting;
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // A burst of 1,000 new connections must not overflow the accept queue (Node's default backlog is 511; the
    // kernel caps it at net.core.somaxconn).
    server.listen({ port, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve({
        server,
        serve: (app, perTurn = REQUESTS_PER_TURN) => void (handler = takeTurns(app, perTurn)),
        close: (done) => {
          // Read when an answer has been sent: the connection then closes rather than waiting for another request.
          server.keepAliveTimeout = 1;
          server.close(() => done?.());
        },
      });
    });
  });
}
