import type { User } from '@kaoping/store';
import type { Logger } from 'pino';
import type { Scope } from './auth/scope.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user?: User;
      sessionId?: string;
      /** What the user may do and see, built once per request from the role table and the binding. */
      scope?: Scope;
      /** The app's logger and this request's id (x-request-id), set by requestLog. */
      log?: Logger;
      requestId?: string;
    }
  }
}
export {};
