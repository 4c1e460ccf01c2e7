import { getSessionUser, type Store } from '@kaoping/store';
import type { RequestHandler } from 'express';
import { readSessionCookie } from './session-cookie.ts';
import { sessionIdOf } from './session-token.ts';

/** Sets `res.locals.user` and `res.locals.sessionId` from the session cookie; never rejects by itself. */
export function authenticate(store: Store): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionCookie(req);
    if (token !== undefined) {
      const sessionId = sessionIdOf(token);
      const user = await getSessionUser(store.db, sessionId);
      if (user) {
        res.locals.user = user;
        res.locals.sessionId = sessionId;
      }
    }
    next();
  };
}
