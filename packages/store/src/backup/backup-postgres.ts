import { execFile } from 'node:child_process';
import { rename } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ErrorCode, KaopingError } from '@kaoping/contracts';

const run = promisify(execFile);

/** Connection for pg_dump / pg_restore: the URL without its password, which goes in PGPASSWORD (not argv). */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password === '' ? process.env : { ...process.env, PGPASSWORD: password } };
}

async function tool(name: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(name, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const why = e.code === 'ENOENT' ? `找不到 ${name}，请安装 PostgreSQL 客户端工具 / ${name} not found` : (e.stderr ?? e.message).trim();
    throw new KaopingError(ErrorCode.BACKUP_INVALID, `${name} 失败：${why}`);
  }
}

/** `pg_dump --format=custom` of the database (or one schema of it) into `file`, written whole or not at all. */
export async function backupPostgres(url: string, schema: string | undefined, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  const partial = `${file}.partial`;
  await tool('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`, ...(schema ? [`--schema=${schema}`] : []), `--dbname=${dbname}`], env);
  await rename(partial, file);
}

/**
 * `pg_restore --clean` in one transaction: the tables in the backup are dropped and recreated with the backed-up
 * rows, or, on any error, nothing changes.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, file], env);
}
