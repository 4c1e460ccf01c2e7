import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, type Inputs } from '@kaoping/contracts';
import { defaultFileName, type SourceTables } from '@kaoping/ingest';
import { isXlsx, readUpload } from '../imports/read-upload.ts';

/** The fixture files a pack's `inputs` name, read through the same path as uploads. Missing files are skipped. */
export async function readSourceTables(dir: string, inputs: Inputs | undefined): Promise<SourceTables> {
  const tables: SourceTables = {};
  for (const table of TABLES) {
    const file = defaultFileName(table, inputs);
    let body: Buffer;
    try {
      body = await readFile(join(dir, file));
    } catch {
      continue;
    }
    const [first] = await readUpload(body, isXlsx(undefined, file), undefined, file);
    if (first) tables[table] = { file, rows: first.rows, ...(first.sheet === undefined ? {} : { sheet: first.sheet }) };
  }
  return tables;
}
