import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from './data-dir-errors.ts';
import { LOCK_FILE, lockDataDir } from './lock-data-dir.ts';
import { currentOwner, processStartOf } from './lock-owner.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('lockDataDir', () => {
  it('creates the folder and records this process in the lock file', () => {
    const dir = join(freshDir(), 'data');
    const lock = lockDataDir(dir, 'test');
    const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; command: string };
    expect(owner).toMatchObject({ pid: process.pid, command: 'test' });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second holder, naming the first by pid in Chinese and English', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir, 'server');
    try {
      const error = (() => {
        try {
          lockDataDir(dir, 'second');
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(DataDirLockedError);
      const e = error as DataDirLockedError;
      expect(e.code).toBe('DATA_DIR_LOCKED');
      expect(e.message).toContain(`pid ${process.pid}`);
      expect(e.message).toContain('正被另一个进程使用');
      expect(e.message).toContain('in use by another process');
    } finally {
      lock.release();
    }
  });

  it('takes over the lock of a process that is gone', () => {
    const dir = freshDir();
    const stale = { ...currentOwner('killed'), pid: deadPid(), processStart: null };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock whose pid now belongs to a process started at another time', () => {
    if (processStartOf(process.pid) === null) return; // no /proc: nothing to compare
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...currentOwner('before reboot'), pid: process.ppid, processStart: '1' }));
    lockDataDir(dir).release();
  });

  it('counts a lock from another host as held, and a half-written fresh lock file as held', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...currentOwner('remote'), hostname: `${hostname()}-other`, pid: 1 }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    expect(() => lockDataDir(dir)).toThrow(/进程不明/);
  });

  it('does not remove a lock file that is no longer its own', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, LOCK_FILE), 'someone else');
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('someone else');
  });
});
