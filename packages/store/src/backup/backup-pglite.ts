import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { DataDirInvalidError } from '../data-dir/data-dir-errors.ts';
import { LOCK_FILE } from '../data-dir/lock-data-dir.ts';
import { openPgliteDir } from '../data-dir/open-pglite-dir.ts';
import { filterTarball } from './filter-tarball.ts';

const isLock = (name: string): boolean => name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`);

/**
 * Writes a consistent snapshot of an embedded data directory (PGlite `dumpDataDir`, a gzipped tarball,
 * without the lock file). Takes the directory's lock, so the server must be stopped first.
 */
export async function backupPglite(dataDir: string, file: string): Promise<number> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new DataDirInvalidError(`数据目录 ${dataDir} 中没有数据库，无可备份。\nThere is no database in ${dataDir} to back up.`);
  }
  const { client, lock } = await openPgliteDir(dataDir, 'kaoping backup');
  try {
    await client.exec('CHECKPOINT');
    const dump = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    const { tarball } = await filterTarball(dump, isLock);
    const partial = `${file}.partial`;
    await writeFile(partial, tarball);
    await rename(partial, file);
    return tarball.length;
  } finally {
    await client.close();
    lock.release();
  }
}

/** Restores a backup into a new or empty data directory (PGlite `loadDataDir`) and checks that it opens. */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  const { tarball, names } = await filterTarball(await readFile(file), isLock).catch((error: unknown) => {
    throw notABackup(file, error instanceof Error ? error.message : String(error));
  });
  if (!names.includes('PG_VERSION')) throw notABackup(file, '其中没有 PG_VERSION');
  const load = new Blob([tarball], { type: 'application/x-gzip' });
  const { client, lock } = await openPgliteDir(dataDir, 'kaoping restore', load);
  try {
    await client.query('SELECT count(*) FROM kp_migrations');
  } finally {
    await client.close();
    lock.release();
  }
}

function notABackup(file: string, reason: string): KaopingError {
  return new KaopingError(
    ErrorCode.BACKUP_INVALID,
    `${file} 不是考评系统内嵌数据库的备份（${reason}）。\n${file} is not a backup of the embedded database (${reason}).`,
  );
}
