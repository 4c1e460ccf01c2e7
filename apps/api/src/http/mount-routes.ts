import type { RequestHandler, Router } from 'express';
import express from 'express';
import { primaryStatus } from '@kaoping/contracts';
import { allows, scopeOf } from '../auth/scope.ts';
import type { AppDeps } from '../deps.ts';
import { fail } from '../errors/fail.ts';
import { checkJsonBody } from './check-input.ts';
import { requireJsonBody } from './cross-site-guard.ts';
import { parseWith } from './parse-with.ts';
import { isReply, SENT, type Route } from './route.ts';

const UPLOAD_TYPES = ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/**
 * Builds the request's scope once (from the session's user), then 401 without a session and 403 without the
 * permission; runs before the body is even read.
 */
function guard(def: Route): RequestHandler {
  return (_req, res, next) => {
    const user = res.locals.user;
    if (user) res.locals.scope = scopeOf(user);
    if (def.access === 'public') return next();
    const scope = res.locals.scope;
    if (!scope) throw fail.unauthenticated();
    if (def.access !== 'signedIn' && !allows(scope, def.access)) throw fail.forbidden();
    next();
  };
}

/** A handler's answer that does not match the schema declared for its status is a bug: fail loudly. */
function checkResponse(def: Route, status: number, body: unknown): void {
  if (!(status in def.responses)) throw new Error(`${def.method} ${def.path}: answers ${status}, which it does not declare`);
  const check = def.responses[status as keyof Route['responses']]?.safeParse(body);
  if (check?.success === false) {
    throw new Error(`${def.method} ${def.path}: ${status} answer does not match its schema: ${JSON.stringify(check.error.issues.slice(0, 3))}`);
  }
}

/** Mounts route declarations: access check, body parser, validation, then the handler. */
export function mountRoutes(router: Router, routes: readonly Route[], deps: AppDeps, loginLimiter: RequestHandler): void {
  const json = express.json({ limit: '5mb' });
  const raw = express.raw({ type: UPLOAD_TYPES, limit: '20mb' });
  for (const def of routes) {
    const handler: RequestHandler = async (req, res) => {
      const ctx = {
        req,
        res,
        deps,
        param: (name: string) => {
          const value = (req.params as Record<string, string | undefined>)[name];
          if (value === undefined) throw new Error(`route ${def.path} has no parameter ${name}`);
          return value;
        },
        body: def.body ? parseWith(def.body, req.body ?? {}, '请求内容') : req.body,
        query: def.query ? parseWith(def.query, req.query, '查询参数') : undefined,
      };
      const { user, scope } = res.locals;
      let result: unknown;
      if (def.access === 'public') result = await def.handler({ ...ctx, user, scope });
      else if (user && scope) result = await def.handler({ ...ctx, user, scope });
      else throw fail.unauthenticated();
      if (result === SENT || res.headersSent) return;
      const { status, body } = isReply(result) ? result : { status: primaryStatus(def), body: result };
      if (deps.checkResponses === true) checkResponse(def, status, body);
      if (body === undefined) res.status(status).end();
      else res.status(status).json(body);
    };
    const before: RequestHandler[] = def.rateLimited ? [loginLimiter] : [];
    // A GET has no body: no parser to run on every read (the cached ones cost about a third of a millisecond).
    const body = def.method === 'get' ? [] : def.rawBody ? [raw] : [requireJsonBody, json, checkJsonBody];
    router[def.method](def.path, ...before, guard(def), ...body, handler);
  }
}
