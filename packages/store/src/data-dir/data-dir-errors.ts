import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { LockOwner } from './lock-owner.ts';

/** Another process (named by its pid) holds the embedded database folder. */
export class DataDirLockedError extends KaopingError {
  readonly owner: LockOwner | null;

  constructor(dir: string, owner: LockOwner | null) {
    const who = owner ? `pid ${owner.pid}，主机 ${owner.hostname}，${owner.startedAt} 起运行的「${owner.command}」` : '进程不明，锁文件正在写入';
    const whoEn = owner ? `pid ${owner.pid} on ${owner.hostname}, running "${owner.command}" since ${owner.startedAt}` : 'unknown process';
    super(
      ErrorCode.DATA_DIR_LOCKED,
      `数据目录 ${dir} 正被另一个进程使用（${who}）。同一数据目录只能由一个进程打开：请先停止该进程；` +
        `需要多个实例时请改用 DATABASE_URL 连接 PostgreSQL。\n` +
        `The data directory ${dir} is in use by another process (${whoEn}). Only one process may open it: ` +
        `stop that process first, or use PostgreSQL (DATABASE_URL) to run several instances.`,
    );
    this.name = 'DataDirLockedError';
    this.owner = owner;
  }
}

/** The folder is not a database (no PG_VERSION) or the database in it cannot be opened. */
export class DataDirInvalidError extends KaopingError {
  constructor(message: string) {
    super(ErrorCode.DATA_DIR_INVALID, message);
    this.name = 'DataDirInvalidError';
  }
}
