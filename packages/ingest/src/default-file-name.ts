import type { Inputs, TableName } from '@kaoping/contracts';

/** The file a table is read from: `inputs.<table>.file`, else `<table>.csv`. */
export function defaultFileName(table: TableName, inputs?: Inputs): string {
  return inputs?.[table]?.file ?? `${table}.csv`;
}
