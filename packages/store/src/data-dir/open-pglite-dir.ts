import { PGlite } from '@electric-sql/pglite';
import { checkDataDir, damagedDataDir } from './check-data-dir.ts';
import { DataDirInvalidError } from './data-dir-errors.ts';
import { lockDataDir, type DataDirLock } from './lock-data-dir.ts';

export interface OpenedDataDir {
  client: PGlite;
  lock: DataDirLock;
}

/**
 * Opens PGlite on a data directory this process locks first (one writer per folder). An existing folder that
 * is not a database, or a database that cannot be opened, is an error and is left as it is. With `load`
 * (a backup tarball) the folder must be new: the backup becomes its database.
 */
export async function openPgliteDir(dir: string, command: string, load?: Blob): Promise<OpenedDataDir> {
  const lock = lockDataDir(dir, command);
  try {
    const state = checkDataDir(dir);
    if (load !== undefined && state !== 'new') {
      throw new DataDirInvalidError(
        `数据目录 ${dir} 不是空目录，不能把备份恢复到这里；请指定一个新的或空的目录。\n` +
          `The data directory ${dir} is not empty; restore into a new or empty folder.`,
      );
    }
    const client = await PGlite.create(dir, load === undefined ? {} : { loadDataDir: load }).catch((error: unknown) => {
      throw state === 'existing' ? damagedDataDir(dir, error) : error;
    });
    return { client, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}
