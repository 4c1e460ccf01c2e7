import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestId } from './request-id.ts';

/**
 * One line per request, at debug (info would bury the one-time admin password printed at start), and at error for
 * a 5xx; a request whose client went away before the answer was sent is logged at warn. Only the id, method, URL,
 * status and duration are logged, never headers or bodies.
 *
 * Replaces pino-http, which made a child logger per request (its bindings serialized and redacted every time, even
 * with debug off): ~7% of the CPU of a cached read in a profile. Here a request whose line is not logged costs a
 * listener and a clock read; `res.locals.log` is the app's logger for the error handler, with the request's id.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestId(req, res);
    const start = performance.now();
    res.locals.log = logger;
    res.locals.requestId = id;
    const log = (finished: boolean) => {
      const level = !finished ? 'warn' : res.statusCode >= 500 ? 'error' : 'debug';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        req: { id, method: req.method, url: req.originalUrl },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - start),
      };
      logger[level](line, finished ? 'request completed' : 'request aborted');
    };
    // 'finish' as the last byte is handed to the OS (before the client can read it); 'close' without it: aborted.
    res.once('finish', () => log(true));
    res.once('close', () => res.writableFinished || log(false));
    next();
  };
}
