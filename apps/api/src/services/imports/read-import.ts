import type { Problem, TableName } from '@kaoping/contracts';
import { readEntries, type Located, type TableRecords, type TableSource } from '@kaoping/ingest';
import type { ImportRules } from './import-rules.ts';
import type { UploadSheet } from './upload-limits.ts';

/** The records read from one sheet (or the CSV), each with its row. */
export interface ReadSheet<R> {
  source: TableSource;
  entries: Located<R>[];
}

/**
 * Reads every sheet of an upload as one table: the records of all sheets in order, every problem
 * listed (unknown groups, indicators, event codes and project columns included), and the sheets with their located records for checks that need the database.
 */
export function readImport<T extends TableName>(
  table: T,
  sheets: readonly UploadSheet[],
  file: string,
  rules: ImportRules,
): { records: TableRecords[T][]; sheets: ReadSheet<TableRecords[T]>[]; problems: Problem[] } {
  const read: ReadSheet<TableRecords[T]>[] = [];
  const problems: Problem[] = [];
  if (sheets.length === 0) problems.push({ file, message: '文件中没有任何数据' });
  for (const { sheet, rows } of sheets) {
    const source = { file, ...(sheet === undefined ? {} : { sheet }) };
    const result = readEntries(table, rows, { ...source, input: rules.inputs?.[table], vocabulary: rules.vocabulary, units: rules.units });
    read.push({ source, entries: result.entries });
    problems.push(...result.problems);
  }
  return { records: read.flatMap((s) => s.entries.map((e) => e.record)), sheets: read, problems };
}
