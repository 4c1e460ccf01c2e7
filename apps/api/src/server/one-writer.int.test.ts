import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listUsers, openStore } from '@kaoping/store';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, spawnServer, type Spawned } from '../testing/spawn-server.ts';

const ADMIN = { KAOPING_ADMIN_USER: 'boss', KAOPING_ADMIN_PASSWORD: 'correct-horse-battery' };
const running: Spawned[] = [];
afterAll(() => {
  for (const s of running) s.child.kill('SIGKILL');
});

async function login(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ username: 'boss', password: ADMIN.KAOPING_ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function addUser(port: number, cookie: string, username: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ username, password: 'another-long-secret-9', role: 'viewer' }),
  });
  return res.status;
}

describe('one server per embedded data directory', () => {
  it('refuses a second server on the same folder, naming the first; the first keeps working and its data', async () => {
    const dataDir = mkdtempSync(join(inject('scratchDir'), 'two-servers-'));
    const rules = mkdtempSync(join(inject('scratchDir'), 'no-rules-'));
    const common = { ...ADMIN, KAOPING_DATA_DIR: dataDir, KAOPING_RULES_DIR: rules };
    const portA = await freePort();
    const a = spawnServer({ ...common, PORT: String(portA) });
    running.push(a);
    await a.ready;
    const cookie = await login(portA);
    expect(await addUser(portA, cookie, 'before')).toBe(201);

    const b = spawnServer({ ...common, PORT: String(await freePort()) });
    running.push(b);
    const second = await b.exited;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`pid ${a.child.pid}`);
    expect(second.stderr).toContain('正被另一个进程使用');
    expect(second.stderr).toContain('in use by another process');

    expect(await addUser(portA, cookie, 'after')).toBe(201);
    a.child.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);
    const store = await openStore({ dataDir });
    try {
      expect((await listUsers(store.db)).map((u) => u.username).sort()).toEqual(['after', 'before', 'boss']);
    } finally {
      await store.close();
    }
  }, 240_000);

  it('does not touch the data directory when the port is taken', async () => {
    const taken = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, () => resolve((taken.address() as { port: number }).port)));
    try {
      const dataDir = join(inject('scratchDir'), 'never-created');
      const s = spawnServer({ ...ADMIN, PORT: String(port), KAOPING_DATA_DIR: dataDir });
      running.push(s);
      const { code, stderr } = await s.exited;
      expect(code).toBe(1);
      expect(stderr).toContain(`无法监听端口 ${port}`);
      expect(stderr).toContain('EADDRINUSE');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      taken.close();
    }
  }, 120_000);
});
