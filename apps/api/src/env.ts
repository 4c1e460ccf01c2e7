import { isAbsolute, resolve } from 'node:path';
import { IsoDate, passwordProblems } from '@kaoping/contracts';
import type { StoreOptions } from '@kaoping/store';
import { z } from 'zod';

const Env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.string().url().optional(),
    KAOPING_DATA_DIR: z.string().min(1).default('./data'),
    KAOPING_RULES_DIR: z.string().min(1).optional(),
    KAOPING_ADMIN_DIST: z.string().min(1).optional(),
    KAOPING_ADMIN_USER: z.string().min(1).optional(),
    KAOPING_ADMIN_PASSWORD: z.string().optional(),
    KAOPING_TRUST_PROXY: z.string().optional(),
    /** Stops the reporting cycle's clock on this date (e2e and demos only); unset = the real date. */
    KAOPING_TODAY: IsoDate.optional(),
    /** Jobs (imports, runs) this process executes at once; 0 = a web-only instance that leaves them to the others. */
    KAOPING_JOB_WORKERS: z.coerce.number().int().min(0).max(8).default(2),
    /** A claimed job's lease; a process that stops renewing it for this long is taken for dead and its job claimed again. */
    KAOPING_JOB_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
    /** Claims a job gets (each ended by a dying process) before it is failed. */
    KAOPING_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(3),
    /** How often this process looks for jobs queued elsewhere or abandoned. */
    KAOPING_JOB_POLL_MS: z.coerce.number().int().min(50).default(1_000),
    /** Tests only (with NODE_ENV=test): `hang-jobs` keeps every job this process claims running forever. */
    KAOPING_TEST_FAULTS: z.enum(['hang-jobs', 'die-after-commit']).optional(),
    /** Requests the server starts per turn of its event loop, so it keeps accepting connections under load; 0 = no limit. */
    KAOPING_REQUESTS_PER_TURN: z.coerce.number().int().min(0).max(1000).default(2),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.string().default('development'),
  })
  .superRefine((e, ctx) => {
    if (e.KAOPING_ADMIN_PASSWORD === undefined) return;
    for (const message of passwordProblems(e.KAOPING_ADMIN_PASSWORD, e.KAOPING_ADMIN_USER)) {
      ctx.addIssue({ code: 'custom', path: ['KAOPING_ADMIN_PASSWORD'], message });
    }
  });
export type Env = z.infer<typeof Env>;

let cached: Env | undefined;

/** The environment, parsed and checked once; a bad value stops the start with a clear message. */
export function env(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    throw new Error(`环境变量有误：\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}

/** Repository root (two levels above apps/api), where rules/ and apps/admin/dist live. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** PostgreSQL when DATABASE_URL is set, else PGlite in KAOPING_DATA_DIR (relative to the working directory). */
export function storeOptionsOf(config: Env): StoreOptions {
  if (config.DATABASE_URL) return { databaseUrl: config.DATABASE_URL };
  const dir = config.KAOPING_DATA_DIR;
  return { dataDir: isAbsolute(dir) ? dir : resolve(process.cwd(), dir) };
}
