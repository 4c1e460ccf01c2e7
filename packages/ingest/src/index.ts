export { parseCsv } from './parse-csv.ts';
export { readTable, type TableResult } from './read-table.ts';
export { readEntries, type Located, type ReadTableOptions } from './read-entries.ts';
export { unknownUnitProblems, type TableSource } from './unknown-unit-problems.ts';
export type { TableRecords } from './table-records.ts';
export { readDataset, type DatasetResult, type SourceTable, type SourceTables } from './read-dataset.ts';
export { defaultFileName } from './default-file-name.ts';
export { vocabularyOf, withProjectIds, type Vocabulary } from './pack-vocabulary.ts';
export { checkVocabulary, knowsGroup, resolveIndicator } from './check-vocabulary.ts';
