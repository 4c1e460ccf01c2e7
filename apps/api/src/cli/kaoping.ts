import { resolve } from 'node:path';
import { backupStore, restoreStore } from '@kaoping/store';
import { env, storeOptionsOf } from '../env.ts';

const USAGE =
  '用法 / usage:\n' +
  '  kaoping backup <文件>    备份数据库：PostgreSQL 用 pg_dump；内嵌数据库写一个快照（需先停止服务）\n' +
  '  kaoping restore <文件>   恢复备份：PostgreSQL 中替换备份里的表；内嵌数据库恢复到新的或空的 KAOPING_DATA_DIR\n';

/** `pnpm kaoping backup|restore <file>`, on the database the server would use (DATABASE_URL or KAOPING_DATA_DIR). */
async function main(argv: string[]): Promise<void> {
  const [command, file] = argv;
  if ((command !== 'backup' && command !== 'restore') || file === undefined) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const options = storeOptionsOf(env());
  const target = options.databaseUrl ? 'PostgreSQL' : `内嵌数据库 ${options.dataDir ?? ''}`;
  const path = resolve(file);
  if (command === 'backup') {
    await backupStore(options, path);
    process.stdout.write(`已备份 ${target} → ${path}\n`);
  } else {
    await restoreStore(options, path);
    process.stdout.write(`已从 ${path} 恢复 ${target}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
