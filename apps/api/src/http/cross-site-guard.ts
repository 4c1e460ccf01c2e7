import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { RequestHandler } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header, or null for `null` / garbage (sandboxed frames, file: pages …). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * CSRF defence for every state-changing request: a browser says where a request comes from
 * (`Sec-Fetch-Site`, and `Origin` on every POST/PUT/PATCH/DELETE); anything not from this site is refused.
 * Requests with neither header do not come from a browser page (curl, scripts) and carry no ambient cookie risk.
 * The host is compared, not the scheme, so a TLS-terminating proxy does not need `trust proxy` for this.
 */
export const crossSiteGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw rejected();
  const origin = req.headers.origin;
  if (origin !== undefined && originHost(origin) !== req.headers.host) throw rejected();
  next();
};

function rejected(): KaopingError {
  return new KaopingError(ErrorCode.CROSS_SITE_REJECTED, '拒绝来自其他网站的修改请求（跨站请求伪造防护）');
}

/**
 * JSON routes take only `application/json` bodies: a cross-site page can send text/plain or form bodies without
 * a CORS preflight, but not JSON. A request without a body (no Content-Length, or 0) passes.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (hasBody && !req.is('application/json')) {
    throw new KaopingError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, '请求内容须为 JSON（Content-Type: application/json）');
  }
  next();
};
