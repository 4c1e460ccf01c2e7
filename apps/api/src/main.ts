import { join } from 'node:path';
import { openStore, type Store } from '@kaoping/store';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { env, REPO_ROOT, storeOptionsOf } from './env.ts';
import { listenFirst } from './server/listen-first.ts';
import { printLoginHelp } from './server/print-login-help.ts';
import { ensureAdmin } from './services/seed/ensure-admin.ts';
import { seedReferenceSchemes } from './services/seed/seed-reference-schemes.ts';
import { fixedClock } from './services/cycle/clock.ts';
import { testFaults } from './jobs/test-faults.ts';

/**
 * Starts the server: bind the port (requests get 503 meanwhile), open the store (the data directory is locked
 * for this process, migrations run), seed an empty database, make sure an admin exists, then serve the app.
 */
async function main(): Promise<void> {
  const config = env();
  const logger = pino({ level: config.LOG_LEVEL });
  const early = await listenFirst(config.PORT).catch((error: unknown) => {
    throw new Error(`无法监听端口 ${config.PORT}：${error instanceof Error ? error.message : String(error)}（未打开数据库）`);
  });
  let store: Store | undefined;
  const stop = (code: number) => () => early.close(() => void (store?.close() ?? Promise.resolve()).then(() => process.exit(code)));
  process.on('SIGINT', stop(0));
  process.on('SIGTERM', stop(0));
  try {
    store = await openStore({ ...storeOptionsOf(config), command: `kaoping server, port ${config.PORT}` });
  } catch (error) {
    early.close();
    throw error;
  }
  const seeded = await seedReferenceSchemes(store, config.KAOPING_RULES_DIR ?? join(REPO_ROOT, 'rules'), logger);
  if (seeded.length > 0) logger.info({ schemes: seeded }, 'reference schemes seeded');
  const admin = await ensureAdmin(store, {
    user: config.KAOPING_ADMIN_USER,
    password: config.KAOPING_ADMIN_PASSWORD,
    generate: config.NODE_ENV !== 'production',
  });
  early.serve(
    createApp({
      store,
      logger,
      adminDist: config.KAOPING_ADMIN_DIST ?? join(REPO_ROOT, 'apps', 'admin', 'dist'),
      ...(config.KAOPING_TODAY === undefined ? {} : { clock: fixedClock(config.KAOPING_TODAY) }),
      ...(config.KAOPING_TRUST_PROXY === undefined ? {} : { trustProxy: trustProxyOf(config.KAOPING_TRUST_PROXY) }),
      jobQueue: {
        execute: config.KAOPING_JOB_WORKERS > 0,
        concurrency: Math.max(1, config.KAOPING_JOB_WORKERS),
        leaseMs: config.KAOPING_JOB_LEASE_MS,
        maxAttempts: config.KAOPING_JOB_MAX_ATTEMPTS,
        pollMs: config.KAOPING_JOB_POLL_MS,
      },
      ...(config.NODE_ENV === 'test' ? testFaults(config.KAOPING_TEST_FAULTS) : {}),
    }),
    config.KAOPING_REQUESTS_PER_TURN,
  );
  logger.info({ port: config.PORT, database: store.kind }, 'kaoping api listening');
  if (config.KAOPING_TODAY !== undefined) logger.warn({ today: config.KAOPING_TODAY }, 'KAOPING_TODAY: the reporting cycle clock is stopped');
  printLoginHelp(admin, config.PORT);
}

function trustProxyOf(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
