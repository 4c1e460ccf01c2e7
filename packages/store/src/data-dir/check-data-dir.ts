import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirInvalidError } from './data-dir-errors.ts';
import { LOCK_FILE } from './lock-data-dir.ts';

/**
 * Whether a (locked) data directory is new — empty apart from the lock — or holds a database. A folder with
 * other files but no PG_VERSION is an error: PGlite would silently create a new database over it.
 */
export function checkDataDir(dir: string): 'new' | 'existing' {
  if (!statSync(dir).isDirectory()) {
    throw new DataDirInvalidError(`数据目录 ${dir} 不是文件夹。\nThe data directory ${dir} is not a directory.`);
  }
  const entries = readdirSync(dir).filter((name) => name !== LOCK_FILE && !name.startsWith(`${LOCK_FILE}.`));
  if (entries.length === 0) return 'new';
  if (existsSync(join(dir, 'PG_VERSION'))) return 'existing';
  throw new DataDirInvalidError(
    `数据目录 ${dir} 不是空目录，但缺少 PG_VERSION，不是完整的数据库（可能被部分删除或复制不完整），` +
      `为免覆盖其中的文件，不会在此新建数据库。恢复办法：把 KAOPING_DATA_DIR 指向正确的目录；` +
      `或用「pnpm kaoping restore <备份文件>」把备份恢复到一个空目录；确认其中内容不再需要时，移走该目录后重新启动。\n` +
      `The data directory ${dir} is not empty but has no PG_VERSION, so it is not a complete database; ` +
      `no new database is created over it. Point KAOPING_DATA_DIR at the right folder, restore a backup into an ` +
      `empty folder ("pnpm kaoping restore <file>"), or move the folder away if its content is not needed.`,
  );
}

/** The error for a database folder PGlite cannot open (damaged files, another PostgreSQL version …). */
export function damagedDataDir(dir: string, cause: unknown): DataDirInvalidError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DataDirInvalidError(
    `数据目录 ${dir} 中的数据库无法打开（${reason}），文件可能已损坏。恢复办法：先把该目录整体复制留档，` +
      `再用「pnpm kaoping restore <备份文件>」把最近的备份恢复到一个空目录，并把 KAOPING_DATA_DIR 指向它。\n` +
      `The database in ${dir} cannot be opened (${reason}); its files may be damaged. Copy the folder aside, ` +
      `restore the latest backup into an empty folder ("pnpm kaoping restore <file>") and point KAOPING_DATA_DIR at it.`,
  );
}
