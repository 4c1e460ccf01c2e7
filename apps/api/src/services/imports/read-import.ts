import type { Inputs, Problem, TableName } from '@kaoping/contracts';
import { readTable, type TableRecords } from '@kaoping/ingest';
import type { UploadSheet } from './read-upload.ts';

/** Reads every sheet of an upload as one table; records of all sheets in order, every problem listed. */
export function readImport<T extends TableName>(
  table: T,
  sheets: readonly UploadSheet[],
  file: string,
  inputs: Inputs | undefined,
): { records: TableRecords[T][]; problems: Problem[] } {
  const records: TableRecords[T][] = [];
  const problems: Problem[] = [];
  if (sheets.length === 0) problems.push({ file, message: '文件中没有任何数据' });
  for (const { sheet, rows } of sheets) {
    const result = readTable(table, rows, { file, ...(sheet === undefined ? {} : { sheet }), input: inputs?.[table] });
    records.push(...result.records);
    problems.push(...result.problems);
  }
  return { records, problems };
}
