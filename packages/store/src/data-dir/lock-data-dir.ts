import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirLockedError } from './data-dir-errors.ts';
import { currentOwner, ownerAlive, parseOwner } from './lock-owner.ts';

/** The lock file's name inside the data directory (left out of backups). */
export const LOCK_FILE = 'kaoping.lock';
/** A lock file that is still empty or half-written this long after its last change is left over from a crash. */
const UNREADABLE_GRACE_MS = 5_000;

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/**
 * Takes the one-writer lock of an embedded data directory (creating the folder if needed): a lock file created
 * exclusively (O_EXCL) holding this process's pid. A lock whose process is gone (crash, kill -9, reboot) is
 * taken over; a live one — in another process or in this one — gives {@link DataDirLockedError} naming it.
 */
export function lockDataDir(dir: string, command = 'kaoping'): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const text = JSON.stringify(currentOwner(command));
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, text)) return held(path, text);
    const existing = readOrNull(path);
    if (existing === null) continue;
    const owner = parseOwner(existing);
    if (owner ? ownerAlive(owner) : recentlyChanged(path)) throw new DataDirLockedError(dir, owner);
    takeOver(path, existing);
  }
  throw new DataDirLockedError(dir, parseOwner(readOrNull(path) ?? ''));
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function recentlyChanged(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
}

/**
 * Moves a stale lock aside. If another process replaced it in the meantime, the file moved is that process's
 * fresh lock: it is linked back (link fails rather than overwrite) and the caller's next attempt reports it.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds a newer lock already; it is reported on the next attempt.
    }
  }
  unlinkSync(aside);
}

function held(path: string, text: string): DataDirLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOrNull(path) === text) unlinkSync(path);
  };
  process.on('exit', release);
  return { path, release };
}
