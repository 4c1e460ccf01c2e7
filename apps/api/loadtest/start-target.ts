import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '@kaoping/store';
import { freePort, spawnServer } from '../src/testing/spawn-server.ts';

export const ADMIN = { username: 'loadadmin', password: 'Load-test-Kaoping-2026!' };

export interface Target {
  label: string;
  base: string;
  /** CPU time the server process has used so far, in ms (Linux /proc; undefined elsewhere). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** One API process on a fresh temporary PGlite data dir, or on a fresh schema of DATABASE_URL; `env` is added to its environment. */
export async function startTarget(databaseUrl?: string, env: Record<string, string> = {}): Promise<Target> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'kaoping-load-'));
  const schema = databaseUrl === undefined ? undefined : await createTestSchema(databaseUrl, 'kp_load');
  const server = spawnServer({
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
    cpuMs: () => cpuMsOf(server.child.pid),
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

/** utime + stime of a process from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
