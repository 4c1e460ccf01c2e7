import express, { type Express } from 'express';
import { pino } from 'pino';
import { authenticate } from './auth/authenticate.ts';
import type { AppDeps } from './deps.ts';
import { queueOf } from './jobs/job-queue.ts';
import { WorkerPool } from './jobs/worker-pool.ts';
import { errorHandler } from './errors/error-handler.ts';
import { fail } from './errors/fail.ts';
import { rejectNulInUrl } from './http/check-input.ts';
import { crossSiteGuard } from './http/cross-site-guard.ts';
import { loginLimiter } from './http/login-limiter.ts';
import { mountRoutes } from './http/mount-routes.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { compressUnlessStored } from './server/compress-unless-stored.ts';
import { serveAdmin } from './http/serve-admin.ts';
import './locals.ts';
import { buildOpenApi } from './openapi/build-openapi.ts';
import { ALL_ROUTES } from './routes/all-routes.ts';

const API_PREFIX = '/api/v1';
const REDACT = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

/** The Express app: REST under /api/v1, OpenAPI at /api/docs, the admin SPA elsewhere. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  // Bodies are never logged (they may hold passwords); these headers carry session tokens.
  const logger = (deps.logger ?? pino({ level: 'silent' })).child({}, { redact: { paths: REDACT, censor: '[redacted]' } });
  // One line per request at debug, server errors at error (see requestLog).
  app.use(requestLog(logger));
  // JSON results and the SPA's assets go out compressed; stored runs and units are kept compressed (see there).
  app.use(compressUnlessStored(API_PREFIX));
  app.use(securityHeaders());

  const api = express.Router();
  api.use(crossSiteGuard, rejectNulInUrl);
  api.use(authenticate(deps.store));
  // Workers start at the first import or run, and are unref'd: an idle pool keeps nothing alive.
  const mounted = { ...deps, jobs: deps.jobs ?? new WorkerPool() };
  mountRoutes(api, ALL_ROUTES, mounted, loginLimiter(deps.store, deps.loginRateLimit));
  // Every import and run goes through the jobs table; with polling this process also takes other processes' jobs.
  if ((deps.jobQueue?.pollMs ?? 0) > 0) queueOf(mounted).start();
  app.use(API_PREFIX, api);
  let docs: Record<string, unknown> | undefined;
  app.get('/api/docs', (_req, res) => {
    docs ??= buildOpenApi(ALL_ROUTES);
    res.json(docs);
  });
  app.use('/api', () => {
    throw fail.notFound('接口');
  });
  serveAdmin(app, deps.adminDist);
  app.use(errorHandler);
  return app;
}
