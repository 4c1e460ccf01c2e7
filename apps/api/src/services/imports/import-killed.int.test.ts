import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listAudit, listImportBatches, listRecords, openStore, type StoreOptions } from '@kaoping/store';
import { describe, expect, inject, it } from 'vitest';
import { DATASET } from '../../testing/fixtures.ts';
import { putScheme } from '../../testing/test-app.ts';
import { testPack } from '../../testing/test-pack.ts';

const CHILD = fileURLToPath(new URL('./import-killed.child.ts', import.meta.url));

/** The embedded database in a folder, or a fresh schema of DATABASE_URL's PostgreSQL. */
function storeOptions(): StoreOptions {
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') return { databaseUrl: url, schema: `kp_kill_${process.pid}_${Date.now()}` };
  // Removed by the global setup's teardown: PGlite may still touch it just after close().
  return { dataDir: mkdtempSync(join(inject('scratchDir'), 'kill-')) };
}

describe('an import whose process is killed', () => {
  it.each([
    ['while its rows are staged', 'stage', 'wrote 2 rows\n'],
    ['once its rows are prepared as a new generation', 'prepare', 'prepared 3 rows\n'],
    ['inside the swap transaction', 'swap', 'swapped 3 rows in\n'],
  ])(
    '%s leaves the table and the audit log as they were',
    async (_when, at, said) => {
      const options = storeOptions();
      const store = await openStore(options);
      await putScheme(store, 'demo', testPack(), DATASET);
      const before = await listRecords(store.db, 'demo', 'targets');
      const auditBefore = await listAudit(store.db, {});
      await store.close();

      // node itself runs the child (with tsx as a loader), so the process that is killed is the one spawned here.
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=kaoping-src', CHILD, JSON.stringify(options), at], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      const again = await openStore(options);
      try {
        expect(child.stdout).toBe(said);
        expect(child.signal).toBe('SIGKILL');
        expect(await listRecords(again.db, 'demo', 'targets')).toEqual(before);
        expect(await listAudit(again.db, {})).toEqual(auditBefore);
        expect(await listImportBatches(again.db, 'demo')).toEqual([]);
      } finally {
        if (options.schema !== undefined) await again.db.schema.dropSchema(options.schema).cascade().execute();
        await again.close();
      }
    },
    180_000,
  );
});
