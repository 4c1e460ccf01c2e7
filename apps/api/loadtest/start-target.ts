import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTestSchema } from '@kaoping/store';
import { freePort, spawnServer } from '../src/testing/spawn-server.ts';
import type { ProbeStats } from './server-probe.ts';

const PROBE = fileURLToPath(new URL('./server-probe.ts', import.meta.url));
/** LOADTEST_PROFILE=<dir>: the server also writes a CPU profile of every burst there (see server-probe.ts). */
const PROFILE_DIR = process.env['LOADTEST_PROFILE'];
let started = 0;

export const ADMIN = { username: 'loadadmin', password: 'Load-test-Kaoping-2026!' };

export interface Target {
  label: string;
  base: string;
  /** What the server saw since the previous call (see server-probe.ts); the first call only starts counting. */
  probe(): Promise<ProbeStats | undefined>;
  stop(): Promise<void>;
}

/**
 * One API process on a fresh temporary PGlite data dir, or on a fresh schema of DATABASE_URL; `env` is added to
 * its environment, and server-probe.ts is loaded into it (after tsx, which compiles it). With `checkout` (the root
 * of another clone of the repository, installed), that clone's API is started instead: its code, this probe.
 */
export async function startTarget(databaseUrl?: string, env: Record<string, string> = {}, checkout?: string): Promise<Target> {
  const spawn = checkout === undefined ? spawnServer : await spawnerOf(checkout);
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'kaoping-load-'));
  const schema = databaseUrl === undefined ? undefined : await createTestSchema(databaseUrl, 'kp_load');
  const probeFile = join(dir, 'probe.json');
  started++;
  const server = spawn({
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import tsx --import ${PROBE}`.trim(),
    KAOPING_PROBE_FILE: probeFile,
    ...(PROFILE_DIR === undefined ? {} : { KAOPING_PROBE_PROFILE: join(PROFILE_DIR, `server-${started}`) }),
    PORT: String(port),
    KAOPING_DATA_DIR: dir,
    KAOPING_ADMIN_USER: ADMIN.username,
    KAOPING_ADMIN_PASSWORD: ADMIN.password,
    ...(schema === undefined ? {} : { DATABASE_URL: schema.url }),
    ...env,
  });
  await server.ready;
  return {
    label: schema === undefined ? 'PGlite' : 'PostgreSQL',
    base: `http://127.0.0.1:${port}`,
    probe: () => probeOf(server.child.pid, probeFile),
    stop: async () => {
      server.child.kill('SIGTERM');
      // A server still working off a burst may not stop in time; then it is killed.
      const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
      await server.exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
      await schema?.drop();
    },
  };
}

/** Asks the server's probe for its figures (SIGUSR2) and waits up to 5 s for them; undefined if none came. */
export async function probeOf(pid: number | undefined, file: string): Promise<ProbeStats | undefined> {
  if (pid === undefined) return undefined;
  await rm(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 250 && !existsSync(file); i++) await sleep(20);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ProbeStats;
  } catch {
    return undefined;
  }
}

/** The spawnServer of another checkout, which starts that checkout's main.ts. */
async function spawnerOf(checkout: string): Promise<typeof spawnServer> {
  const module = (await import(pathToFileURL(join(checkout, 'apps', 'api', 'src', 'testing', 'spawn-server.ts')).href)) as { spawnServer: typeof spawnServer };
  return module.spawnServer;
}
