import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { readTable } from './read-table.ts';

const RULES = fileURLToPath(new URL('../../../rules', import.meta.url));

/** units.csv files anywhere under rules/ (the reference packs' fixtures), if there are any yet. */
function unitFiles(dir: string, depth = 0): string[] {
  if (depth > 4 || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return unitFiles(path, depth + 1);
    return entry.name === 'units.csv' ? [path] : [];
  });
}

const files = unitFiles(RULES);

describe.skipIf(files.length === 0)('units.csv fixtures under rules/', () => {
  it.each(files)('%s reads without problems', (file) => {
    const result = readTable('units', parseCsv(readFileSync(file, 'utf8')), { file });
    expect(result.problems).toEqual([]);
    expect(result.records.length).toBeGreaterThan(0);
  });
});
