import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

/** Failed logins per IP and window; successful logins do not count. */
export function loginLimiter(options: { windowMs: number; limit: number } = { windowMs: 15 * 60 * 1000, limit: 10 }): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new KaopingError(ErrorCode.RATE_LIMITED, '登录失败次数过多，请稍后再试')),
  });
}
