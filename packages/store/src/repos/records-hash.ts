import { createHash } from 'node:crypto';

/** sha256 of records in order (what a table will hold after a write); equal hashes mean identical contents. */
export function recordsHash(records: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(records)).digest('hex');
}
