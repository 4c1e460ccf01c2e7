import { contract } from '@kaoping/contracts';
import compression from 'compression';
import type { Request, RequestHandler } from 'express';

/** A route path (`/runs/:rid`) as a pattern of whole request paths, as Express matches it (any case, optional trailing slash). */
function pathPattern(path: string): RegExp {
  const segments = path.split('/').map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}/?$`, 'i');
}

/**
 * The compression middleware, except for the GETs whose answers are kept gzip-compressed and sent as they are
 * (sendStored: a stored run, one unit of it).
 *
 * Why: compression wraps every response (write, end, on, writeHead through on-headers) before it knows what will
 * be sent, and for an answer that is already gzip it then decides to do nothing. On the hottest read, a cached
 * run, that wrapping was a sixth of the server's CPU per request and a third of its garbage (pnpm loadtest, 100
 * connections). sendStored inflates the bytes itself for a client that does not accept gzip, and the errors of
 * these routes are a few hundred bytes, so skipping compression changes no answer but their encoding.
 */
export function compressUnlessStored(prefix: string): RequestHandler {
  const compress = compression();
  const stored = [contract.runs.get, contract.runs.unit].map((endpoint) => pathPattern(`${prefix}${endpoint.path}`));
  const sendsStored = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && stored.some((p) => p.test(req.path));
  return (req, res, next) => (sendsStored(req) ? next() : compress(req, res, next));
}
