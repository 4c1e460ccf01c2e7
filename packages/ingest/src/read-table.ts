import type { Problem, TableName } from '@kaoping/contracts';
import { readEntries, type ReadTableOptions } from './read-entries.ts';
import type { TableRecords } from './table-records.ts';

/** Records read from a table, and everything wrong with it. The records count only without problems. */
export interface TableResult<R> {
  records: R[];
  problems: Problem[];
}

/**
 * Reads one input table from rows of cells (strings, numbers, booleans, Dates or null, as CSV and
 * XLSX readers give them). The header row is found among the top rows by its column names
 * (built-in Chinese and English aliases, plus the pack's `inputs`); each record is checked and
 * normalized (decimals, dates, periods, flags). Reading goes on after a problem so that every
 * problem is listed, each with its file, sheet, row and column.
 */
export function readTable<T extends TableName>(table: T, rows: readonly unknown[][], options: ReadTableOptions): TableResult<TableRecords[T]> {
  const { entries, problems } = readEntries(table, rows, options);
  return { records: entries.map((entry) => entry.record), problems };
}
