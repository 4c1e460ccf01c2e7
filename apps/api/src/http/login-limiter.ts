import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { Store } from '@kaoping/store';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { DbLimiterStore } from './db-limiter-store.ts';

export interface LoginRateLimit {
  windowMs: number;
  limit: number;
}

const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { windowMs: 15 * 60 * 1000, limit: 10 };

/**
 * Failed logins per IP and window; successful logins do not count. The counts live in the database, so several
 * API processes on one PostgreSQL database share them; a differently configured limit counts separately.
 */
export function loginLimiter(store: Store, options: LoginRateLimit = DEFAULT_LOGIN_RATE_LIMIT): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DbLimiterStore(store, `login:${options.windowMs}:${options.limit}:`),
    handler: (_req, _res, next) => next(new KaopingError(ErrorCode.RATE_LIMITED, '登录失败次数过多，请稍后再试')),
  });
}
