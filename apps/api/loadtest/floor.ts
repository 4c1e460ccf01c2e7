import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeStats } from './server-probe.ts';
import { probeOf } from './start-target.ts';

const FLOOR = fileURLToPath(new URL('./floor-server.ts', import.meta.url));
const PROBE = fileURLToPath(new URL('./server-probe.ts', import.meta.url));

export interface Floor {
  url: string;
  probe(): Promise<ProbeStats | undefined>;
  stop(): Promise<void>;
}

/** One GET as the load sends it: status line aside, the headers and the bytes on the wire (gzip, not inflated). */
function fetchRaw(url: string, cookie: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie, 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (typeof value === 'string' && !['date', 'connection', 'keep-alive'].includes(name)) headers[name] = value;
        }
        resolve({ headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Starts floor-server.ts in its own process (with the probe) answering what `url` answers: the same headers and
 * gzip bytes, from memory, with nothing else to do. Measured beside the API, it shows how much of a latency is
 * this machine's (the client, the kernel, the other processes) and how much is the API's own work.
 */
export async function startFloor(url: string, cookie: string): Promise<Floor> {
  const answer = await fetchRaw(url, cookie);
  const dir = await mkdtemp(join(tmpdir(), 'kaoping-floor-'));
  const file = join(dir, 'probe.json');
  const child = fork(FLOOR, [], {
    execArgv: ['--import', 'tsx', '--import', PROBE],
    env: { ...process.env, KAOPING_PROBE_FILE: file },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send({ headers: answer.headers, body: answer.body.toString('base64') });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve(Number(m)));
    child.once('exit', (code) => reject(new Error(`floor server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    probe: () => probeOf(child.pid, file),
    stop: async () => {
      child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
