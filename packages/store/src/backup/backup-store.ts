import type { StoreOptions } from '../open-store.ts';
import { backupPglite, restorePglite } from './backup-pglite.ts';
import { backupPostgres, restorePostgres } from './backup-postgres.ts';

/**
 * Writes a backup of the store `options` name: pg_dump (custom format) for PostgreSQL, a snapshot tarball of
 * the data directory for PGlite (the server must be stopped: the directory has one writer).
 */
export async function backupStore(options: StoreOptions, file: string): Promise<void> {
  if (options.databaseUrl) return backupPostgres(options.databaseUrl, options.schema, file);
  if (options.dataDir === undefined) throw new Error('an in-memory store has nothing to back up');
  await backupPglite(options.dataDir, file);
}

/**
 * Restores a backup made by {@link backupStore}: on PostgreSQL the backed-up tables replace the current ones
 * (one transaction); for PGlite the data directory must be new or empty.
 */
export async function restoreStore(options: StoreOptions, file: string): Promise<void> {
  if (options.databaseUrl) return restorePostgres(options.databaseUrl, file);
  if (options.dataDir === undefined) throw new Error('an in-memory store cannot be restored into');
  await restorePglite(options.dataDir, file);
}
