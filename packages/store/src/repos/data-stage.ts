import { createHash } from 'node:crypto';
import { BULK_CHUNK, chunkJson, COLUMNS, rowOf, STAGE_NAMES } from './data-bulk.ts';
import type { EncodedStage } from './data-prepare.ts';
import { fromRow, type DataRecords, type DataTable } from './data-rows.ts';

/**
 * Encodes records for {@link prepareGeneration}: pure and synchronous, for a worker thread. Only the records
 * after the first `kept` are encoded (an append or a merge that changes only the end keeps the rows
 * before); the hash covers every record, equal to `recordsHash` of them all as stored.
 */
export function encodeStage<T extends DataTable>(table: T, records: readonly DataRecords[T][], kept = 0): EncodedStage {
  const names = STAGE_NAMES.slice(0, COLUMNS[table].length);
  const map = fromRow[table] as (r: unknown) => DataRecords[T];
  // sha256 of JSON.stringify(stored records), fed piece by piece: '[' + each record joined by ',' + ']'.
  const hash = createHash('sha256').update('[');
  const chunks: EncodedStage['chunks'] = [];
  const from = Math.min(Math.max(0, kept), records.length);
  for (let start = 0; start < records.length; start += BULK_CHUNK) {
    const chunk = records.slice(start, start + BULK_CHUNK);
    hash.update(`${start === 0 ? '' : ','}${chunk.map((record) => JSON.stringify(map(rowOf(table, record)))).join(',')}`);
    const written = chunk.slice(Math.max(0, from - start));
    const first = start + chunk.length - written.length;
    if (written.length > 0) chunks.push({ first, count: written.length, json: chunkJson(table, written, first, names) });
  }
  return { table, rows: records.length, kept: from, hash: hash.update(']').digest('hex'), chunks };
}
