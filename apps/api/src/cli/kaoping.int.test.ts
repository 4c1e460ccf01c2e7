import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertUser, listUsers, openStore } from '@kaoping/store';
import { describe, expect, inject, it } from 'vitest';

const CLI = fileURLToPath(new URL('./kaoping.ts', import.meta.url));

function kaoping(args: string[], dataDir: string): { status: number | null; stdout: string; stderr: string } {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=kaoping-src', CLI, ...args], {
    env: { ...env, KAOPING_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

describe('kaoping backup / restore (embedded database)', () => {
  it('restores into a new folder the users of the backed-up one', async () => {
    const root = mkdtempSync(join(inject('scratchDir'), 'cli-'));
    const source = join(root, 'source');
    const store = await openStore({ dataDir: source });
    await insertUser(store.db, { username: 'kept', passwordHash: 'x', role: 'viewer', unitId: null });
    const users = await listUsers(store.db);
    await store.close();

    const file = join(root, 'backup.tar.gz');
    const backup = kaoping(['backup', file], source);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toContain('已备份');
    const target = join(root, 'target');
    const restore = kaoping(['restore', file], target);
    expect(restore.stderr).toBe('');
    const restored = await openStore({ dataDir: target });
    try {
      expect(await listUsers(restored.db)).toEqual(users);
    } finally {
      await restored.close();
    }
    const again = kaoping(['restore', file], target);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('不是空目录');
    expect(kaoping(['frobnicate'], target).status).toBe(2);
  }, 300_000);
});
