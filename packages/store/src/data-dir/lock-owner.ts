import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a data directory: written into the lock file, shown in the error a second process gets. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Linux: the process's start time in clock ticks (/proc/<pid>/stat field 22), to tell a reused pid apart. */
  processStart: string | null;
  command: string;
}

/** The start time of a process from /proc, or null where there is no /proc or the process is gone. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** This process, as a lock owner. */
export function currentOwner(command: string): LockOwner {
  return { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), processStart: processStartOf(process.pid), command };
}

/** Parses a lock file's text; null when it is not a complete owner record (e.g. a crash while writing it). */
export function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return null;
    return { pid: v.pid, hostname: v.hostname, startedAt: v.startedAt, processStart: v.processStart ?? null, command: v.command ?? '' };
  } catch {
    return null;
  }
}

/**
 * Whether the owner may still be running. On another host we cannot tell, so it counts as alive.
 * A pid that is alive but started at another time was reused by an unrelated process: the owner is gone.
 */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartOf(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}
