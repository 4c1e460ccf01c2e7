import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listAudit, listRecords, openStore, type StoreOptions } from '@kaoping/store';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../testing/fixtures.ts';
import { putScheme } from '../../testing/test-app.ts';
import { testPack } from '../../testing/test-pack.ts';

const CHILD = fileURLToPath(new URL('./import-killed.child.ts', import.meta.url));

/** The embedded database in a folder, or a fresh schema of DATABASE_URL's PostgreSQL. */
function storeOptions(): { options: StoreOptions; cleanup: () => void } {
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') {
    return { options: { databaseUrl: url, schema: `kp_kill_${process.pid}_${Date.now()}` }, cleanup: () => undefined };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kp-kill-'));
  // PGlite may still flush to its folder just after close() resolves: remove it when the worker exits.
  return { options: { dataDir }, cleanup: () => process.once('exit', () => rmSync(dataDir, { recursive: true, force: true })) };
}

describe('an import whose process is killed', () => {
  it('leaves the table and the audit log as they were', async () => {
    const { options, cleanup } = storeOptions();
    const store = await openStore(options);
    await putScheme(store, 'demo', testPack(), DATASET);
    const before = await listRecords(store.db, 'demo', 'targets');
    const auditBefore = await listAudit(store.db, {});
    await store.close();

    // node itself runs the child (with tsx as a loader), so the process that is killed is the one spawned here.
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=kaoping-src', CHILD, JSON.stringify(options)], { encoding: 'utf8', timeout: 120_000 });
    const again = await openStore(options);
    try {
      expect(child.stdout).toBe('wrote 2 rows\n');
      expect(child.signal).toBe('SIGKILL');
      expect(await listRecords(again.db, 'demo', 'targets')).toEqual(before);
      expect(await listAudit(again.db, {})).toEqual(auditBefore);
    } finally {
      if (options.schema !== undefined) await again.db.schema.dropSchema(options.schema).cascade().execute();
      await again.close();
      cleanup();
    }
  }, 180_000);
});
