export { loadPackDir, readPackJson } from './load-pack.ts';
export { loadDataDir } from './load-data.ts';
export { formatTable } from './format-table.ts';
export { formatCsv } from './format-csv.ts';
