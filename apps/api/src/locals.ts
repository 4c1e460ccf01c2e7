import type { User } from '@kaoping/store';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user?: User;
      sessionId?: string;
    }
  }
}
export {};
