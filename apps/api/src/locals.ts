import type { User } from '@kaoping/store';
import type { Scope } from './auth/scope.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user?: User;
      sessionId?: string;
      /** What the user may do and see, built once per request from the role table and the binding. */
      scope?: Scope;
    }
  }
}
export {};
