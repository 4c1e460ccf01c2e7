import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CycleSettings, formatProblem, TABLES, type Dataset } from '@kaoping/contracts';
import { readDataset, vocabularyOf } from '@kaoping/ingest';
import { countSchemes, insertScheme, insertVersion, putCycleSettings, replaceTable, type DataRecords, type Store } from '@kaoping/store';
import type { Logger } from 'pino';
import { audited } from '../audit/audited.ts';
import { checkPack } from '../packs/check-pack.ts';
import { readSourceTables } from './read-source-tables.ts';

export const SEED_NOTE = '参考方案导入';

/**
 * On an empty database, makes one scheme per `rulesDir/<name>/` holding pack.json and fixtures/: the
 * pack published as version 1 and the fixtures imported. A folder that does not load is skipped with
 * a warning. An optional `cycle.json` there sets the reporting cycle (deadline rule, holidays). Returns the
 * scheme ids created.
 */
export async function seedReferenceSchemes(store: Store, rulesDir: string, logger: Logger): Promise<string[]> {
  if ((await countSchemes(store.db)) > 0 || !existsSync(rulesDir)) return [];
  const created: string[] = [];
  for (const name of (await readdir(rulesDir)).sort()) {
    const dir = join(rulesDir, name);
    if (!existsSync(join(dir, 'pack.json')) || !existsSync(join(dir, 'fixtures'))) continue;
    try {
      const json: unknown = JSON.parse(await readFile(join(dir, 'pack.json'), 'utf8'));
      const { pack } = checkPack(json);
      const { dataset, problems } = readDataset(await readSourceTables(join(dir, 'fixtures'), pack.inputs), pack.inputs, vocabularyOf(pack));
      if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
      const cyclePath = join(dir, 'cycle.json');
      const cycle = existsSync(cyclePath) ? CycleSettings.parse(JSON.parse(await readFile(cyclePath, 'utf8'))) : null;
      await seedOne(store, name, pack.name, json, pack.calendar.start, dataset, cycle);
      created.push(name);
    } catch (error) {
      logger.warn({ err: error, folder: dir }, 'reference scheme not seeded');
    }
  }
  return created;
}

async function seedOne(store: Store, id: string, name: string, pack: unknown, start: string, dataset: Dataset, cycle: CycleSettings | null): Promise<void> {
  await audited(store, 'system', async (trx, audit) => {
    await insertScheme(trx, { id, name, pack }, 'system');
    const version = await insertVersion(trx, id, { pack, note: SEED_NOTE, effectiveFrom: start }, 'system');
    for (const table of TABLES) await replaceTable(trx, id, table, dataset[table] as DataRecords[typeof table][]);
    if (cycle) await putCycleSettings(trx, id, cycle, 'system');
    const rows = Object.fromEntries(TABLES.map((t) => [t, dataset[t].length]));
    await audit({ action: 'seed', entity: 'scheme', entityId: id, after: { version: version.version, rows } });
  });
}
