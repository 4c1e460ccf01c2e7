import { getLiveSession, nowIso, type Store } from '@kaoping/store';
import type { RequestHandler } from 'express';
import { readCachesOf } from '../services/reads/read-caches.ts';
import { readSessionCookie } from './session-cookie.ts';
import { sessionIdOf } from './session-token.ts';

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sets `res.locals.user` and `res.locals.sessionId` from the session cookie; never rejects by itself.
 * Live sessions are kept in the read caches (dropped on logout, disable, role or password change: see ReadCaches).
 * A request that may write holds the caches off until its answer is finished, so its client reads what it wrote.
 */
export function authenticate(store: Store): RequestHandler {
  const caches = readCachesOf(store);
  return async (req, res, next) => {
    if (!READ_ONLY.has(req.method)) {
      caches.beginWrite();
      res.once('close', () => caches.endWrite());
    }
    const token = readSessionCookie(req);
    if (token !== undefined) {
      const sessionId = sessionIdOf(token);
      let session = caches.session(sessionId, nowIso());
      if (session === undefined) {
        const ticket = caches.ticket();
        session = await getLiveSession(store.db, sessionId);
        if (session) caches.putSession(sessionId, session, ticket);
      }
      if (session) {
        res.locals.user = session.user;
        res.locals.sessionId = sessionId;
      }
    }
    next();
  };
}
