import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');
export const ADMIN_DIST = join(REPO, 'apps', 'admin', 'dist');
export const ADMIN_USER = 'e2e-admin';
export const ADMIN_PASSWORD = 'e2e-password-2021';

export interface StartedServer {
  url: string;
  /** The last 8,000 characters the server wrote (stdout and stderr), to print when a step fails. */
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/v1/auth/me`);
      if (res.status === 401 || res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`API did not start within 120 s:\n${log()}`);
}

/**
 * Starts the API's main as `pnpm start` does (built dist when present, else the TypeScript sources),
 * on a free port with a throw-away data directory, serving this SPA's dist.
 */
export async function startServer(): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'kaoping-e2e-'));
  const built = join(REPO, 'apps', 'api', 'dist', 'main.js');
  const [cmd, args] = existsSync(built)
    ? ['node', [built]]
    : [join(REPO, 'node_modules', '.bin', 'tsx'), ['--conditions=kaoping-src', join(REPO, 'apps', 'api', 'src', 'main.ts')]];
  let output = '';
  // The product as `pnpm start` runs it: on the embedded database, never a DATABASE_URL that CI
  // exports for the store and API suites (a shared database would carry state between runs).
  const { DATABASE_URL: _shared, ...env } = process.env;
  const child = spawn(cmd, args, {
    cwd: REPO,
    env: {
      ...env,
      PORT: String(port),
      KAOPING_DATA_DIR: dataDir,
      KAOPING_ADMIN_USER: ADMIN_USER,
      KAOPING_ADMIN_PASSWORD: ADMIN_PASSWORD,
      KAOPING_ADMIN_DIST: ADMIN_DIST,
      // The reporting cycle's clock, stopped after 罗溪's January deadline (2022-02-04) for the cycle steps.
      KAOPING_TODAY: '2022-02-07',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUp(url, child, () => output.slice(-4000));
  return {
    url,
    output: () => output.slice(-8000),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
