import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, ErrorCode, KaopingError, type RulePack, TABLES } from '@kaoping/contracts';
import { defaultFileName, parseCsv, readDataset, vocabularyOf, type SourceTables } from '@kaoping/ingest';

/**
 * Reads the data tables of a folder through the same CSV reader users' imports go through, with the
 * pack's column mapping. Any bad row stops the run with every problem listed, including a group,
 * indicator, event code or project column the pack does not know (nothing is silently dropped).
 */
export function loadDataDir(dir: string, pack: RulePack): Dataset {
  const { inputs } = pack;
  const tables: SourceTables = {};
  for (const table of TABLES) {
    const file = defaultFileName(table, inputs);
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    tables[table] = { file, rows: parseCsv(readFileSync(path, 'utf8')) };
  }
  const { dataset, problems } = readDataset(tables, inputs, vocabularyOf(pack));
  if (problems.length > 0) throw new KaopingError(ErrorCode.DATA_INVALID, `数据有 ${problems.length} 处错误`, problems);
  return dataset;
}
