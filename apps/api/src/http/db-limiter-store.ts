import { countLoginFailure, resetLoginFailures, uncountLoginFailure, type Store } from '@kaoping/store';
import type { ClientRateLimitInfo, Options, Store as LimiterStore } from 'express-rate-limit';

/**
 * express-rate-limit counts kept in the database (login_limits) instead of process memory, so every API process
 * on one PostgreSQL database counts the same failed logins. Each count is one atomic upsert.
 */
export class DbLimiterStore implements LimiterStore {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;

  constructor(
    private readonly store: Store,
    prefix: string,
  ) {
    this.prefix = prefix;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { hits, resetAt } = await countLoginFailure(this.store.db, this.prefix + key, this.windowMs);
    return { totalHits: hits, resetTime: new Date(resetAt) };
  }

  async decrement(key: string): Promise<void> {
    await uncountLoginFailure(this.store.db, this.prefix + key);
  }

  async resetKey(key: string): Promise<void> {
    await resetLoginFailures(this.store.db, this.prefix + key);
  }
}
