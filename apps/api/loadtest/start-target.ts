import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '@kaoping/store';
import { freePort, spawnServer } from '../src/testing/spawn-server.ts';

export const ADMIN = { username: 'loadadmin', password: 'Load-test-Kaoping-2026!' };

export interface Target {
  label: string;
  base: string;
  stop(): Promise<void>;
}

/** One API process on a fresh temporary PGlite data dir, or on a fresh schema of DATABASE_URL. */
export async function startTarget(databaseUrl?: string): Promise<Target> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'kaoping-load-'));
  const schema = databaseUrl === undefined ? undefined : await createTestSchema(databaseUrl, 'kp_load');
  const server = spawnServer({
    PORT: String(port),
    KAOPING_DATA_DIR: dir,
    KAOPING_ADMIN_USER: ADMIN.username,
    KAOPING_ADMIN_PASSWORD: ADMIN.password,
    ...(schema === undefined ? {} : { DATABASE_URL: schema.url }),
  });
  await server.ready;
  return {
    label: schema === undefined ? 'PGlite' : 'PostgreSQL',
    base: `http://127.0.0.1:${port}`,
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
