import type { ErrorRequestHandler } from 'express';
import { toErrorBody } from './to-error-body.ts';

/** The one error handler: every error leaves the API in the same shape. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const { status, body, internal } = toErrorBody(error);
  if (internal) res.locals.log?.error({ err: error, reqId: res.locals.requestId, method: req.method, url: req.originalUrl }, 'unhandled error');
  res.status(status).json(body);
};
