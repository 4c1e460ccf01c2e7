import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { openStore, type StoreOptions } from '../open-store.ts';
import { appendAudit } from '../repos/audit.ts';
import { insertScheme } from '../repos/schemes.ts';
import { insertUser } from '../repos/users.ts';
import { backupStore, restoreStore } from './backup-store.ts';

const root = mkdtempSync(join(tmpdir(), 'kp-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every row of every table in the store's schema, in a stable order. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`.execute(
    db,
  );
  const out: Record<string, string[]> = {};
  for (const { table_name: name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db);
    out[name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

async function fill(options: StoreOptions, tag: string): Promise<Record<string, string[]>> {
  const store = await openStore(options);
  try {
    await insertScheme(store.db, { id: `s-${tag}`, name: `方案${tag}`, pack: { k: tag } }, 'test');
    await insertUser(store.db, { username: `u-${tag}`, passwordHash: 'x', role: 'viewer', unitId: null });
    await appendAudit(store.db, { actor: 'test', action: 'create', entity: 'scheme', entityId: `s-${tag}`, before: null, after: { tag } });
    return await snapshot(store.db);
  } finally {
    await store.close();
  }
}

async function contents(options: StoreOptions): Promise<Record<string, string[]>> {
  const store = await openStore(options);
  try {
    return await snapshot(store.db);
  } finally {
    await store.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('restores into an empty folder exactly what was backed up, without the lock file', async () => {
    const source = { dataDir: join(root, 'source') };
    const before = await fill(source, 'a');
    const file = join(root, 'a.tar.gz');
    await backupStore(source, file);
    const target = { dataDir: join(root, 'target') };
    await restoreStore(target, file);
    expect(readdirSync(target.dataDir)).not.toContain('kaoping.lock');
    expect(await contents(target)).toEqual(before);
  }, 180_000);

  it('refuses a backup while the folder is open, a non-empty target and a file that is not a backup', async () => {
    const dataDir = join(root, 'busy');
    const open = await openStore({ dataDir });
    await expect(backupStore({ dataDir }, join(root, 'busy.tar.gz'))).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED' });
    await open.close();
    expect(existsSync(join(root, 'busy.tar.gz'))).toBe(false);
    await backupStore({ dataDir }, join(root, 'busy.tar.gz'));
    await expect(restoreStore({ dataDir }, join(root, 'busy.tar.gz'))).rejects.toMatchObject({ code: 'DATA_DIR_INVALID' });
    await expect(backupStore({ dataDir: join(root, 'nothing') }, join(root, 'nothing.tar.gz'))).rejects.toMatchObject({ code: 'DATA_DIR_INVALID' });
    expect(existsSync(join(root, 'nothing'))).toBe(false);
    writeFileSync(join(root, 'junk.tar.gz'), 'not a tarball');
    await expect(restoreStore({ dataDir: join(root, 'fresh') }, join(root, 'junk.tar.gz'))).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
  }, 180_000);
});

const url = process.env['DATABASE_URL'];
describe.runIf(url !== undefined && url !== '')('backup and restore on PostgreSQL', () => {
  it('brings back the backed-up rows after later changes', async () => {
    const options = { databaseUrl: url, schema: `kp_backup_${process.pid}_${Date.now()}` };
    const before = await fill(options, 'a');
    const file = join(root, 'pg.dump');
    await backupStore(options, file);
    const changed = await fill(options, 'b');
    expect(changed).not.toEqual(before);
    await restoreStore(options, file);
    const store = await openStore(options);
    try {
      expect(await snapshot(store.db)).toEqual(before);
    } finally {
      await store.db.schema.dropSchema(options.schema).cascade().execute();
      await store.close();
    }
  }, 120_000);
});
