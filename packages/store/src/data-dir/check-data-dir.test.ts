import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir } from './check-data-dir.ts';
import { DataDirInvalidError } from './data-dir-errors.ts';
import { LOCK_FILE } from './lock-data-dir.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-check-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('checkDataDir', () => {
  it('calls a folder holding only the lock new, and one with PG_VERSION existing', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), '{}');
    expect(checkDataDir(dir)).toBe('new');
    writeFileSync(join(dir, 'PG_VERSION'), '17\n');
    expect(checkDataDir(dir)).toBe('existing');
  });

  it('refuses a non-empty folder without PG_VERSION, with a recovery hint, and leaves it alone', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'base'));
    writeFileSync(join(dir, 'postgresql.conf'), '');
    expect(() => checkDataDir(dir)).toThrow(DataDirInvalidError);
    expect(() => checkDataDir(dir)).toThrow(/缺少 PG_VERSION.*kaoping restore/s);
    expect(readdirSync(dir).sort()).toEqual(['base', 'postgresql.conf']);
  });

  it('refuses a file where a folder is expected', () => {
    const file = join(freshDir(), 'plain');
    writeFileSync(file, '');
    expect(() => checkDataDir(file)).toThrow(/不是文件夹/);
  });
});
