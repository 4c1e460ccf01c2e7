import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countActiveAdmins, getDraft, listVersions, loadDataset, openTestStore, type Store } from '@kaoping/store';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET } from '../../testing/fixtures.ts';
import { TEST_PACK } from '../../testing/test-pack.ts';
import { checkPassword } from '../../auth/password.ts';
import { ensureAdmin } from './ensure-admin.ts';
import { SEED_NOTE, seedReferenceSchemes } from './seed-reference-schemes.ts';

function rulesDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-rules-'));
  const dir = join(root, 'demo-ref');
  mkdirSync(join(dir, 'fixtures'), { recursive: true });
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(TEST_PACK));
  const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';
  writeFileSync(join(dir, 'fixtures', 'units.csv'), csv([['unit_id', 'name', 'group'], ...DATASET.units.map((u) => [u.id, u.name, u.group ?? ''])]));
  writeFileSync(
    join(dir, 'fixtures', 'targets.csv'),
    csv([['unit_id', 'indicator', 'annual_target'], ...DATASET.targets.map((x) => [x.unitId, x.indicator, x.value])]),
  );
  writeFileSync(
    join(dir, 'fixtures', 'reports.csv'),
    csv([['unit_id', 'period', 'indicator', 'value'], ...DATASET.reports.map((x) => [x.unitId, x.period, x.indicator, x.value ?? ''])]),
  );
  writeFileSync(
    join(dir, 'fixtures', 'projects.csv'),
    csv([['project_id', 'unit_id', 'name', 'investment'], ...DATASET.projects.map((p) => [p.id, p.unitId, p.name, String(p.fields['investment'])])]),
  );
  // A folder without fixtures is not a reference scheme; one with a broken pack is skipped.
  mkdirSync(join(root, 'no-fixtures'));
  writeFileSync(join(root, 'no-fixtures', 'pack.json'), '{}');
  mkdirSync(join(root, 'broken', 'fixtures'), { recursive: true });
  writeFileSync(join(root, 'broken', 'pack.json'), '{"schemaVersion": 1}');
  return root;
}

let store: Store;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.close();
});

describe('seedReferenceSchemes', () => {
  it('publishes each reference pack as version 1 with its fixture data, once', async () => {
    const dir = rulesDir();
    const warnings: unknown[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    expect(await seedReferenceSchemes(store, dir, logger)).toEqual(['demo-ref']);
    expect(warnings.join('')).toContain('broken');
    expect((await getDraft(store.db, 'demo-ref'))?.pack).toEqual(TEST_PACK);
    expect(await listVersions(store.db, 'demo-ref')).toMatchObject([{ version: 1, note: SEED_NOTE, createdBy: 'system', effectiveFrom: '2021-01-01' }]);
    const data = await loadDataset(store.db, 'demo-ref');
    expect(data.units).toEqual(DATASET.units);
    expect(data.targets).toEqual(DATASET.targets);
    expect(data.reports).toEqual(DATASET.reports);
    expect(data.projects.map((p) => [p.id, p.fields['investment']])).toEqual(DATASET.projects.map((p) => [p.id, p.fields['investment']]));
    expect(await seedReferenceSchemes(store, dir, logger)).toEqual([]);
  });
});

describe('ensureAdmin', () => {
  it('creates the admin named by the environment', async () => {
    expect(await ensureAdmin(store, { user: 'boss', password: 'from-the-env-123', generate: false })).toEqual({ kind: 'created', username: 'boss' });
    expect(await ensureAdmin(store, { user: 'boss', password: 'from-the-env-123', generate: false })).toEqual({ kind: 'exists' });
  });

  it('generates a one-time password only when allowed and nothing is configured', async () => {
    expect(await ensureAdmin(store, { generate: false })).toEqual({ kind: 'missing' });
    expect(await countActiveAdmins(store.db)).toBe(0);
    const outcome = await ensureAdmin(store, { generate: true });
    if (outcome.kind !== 'generated') throw new Error(`expected a generated admin, got ${outcome.kind}`);
    expect(outcome.password).toMatch(/^[\w-]{16}$/);
    const hash = await store.db.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(await checkPassword(hash.password_hash, outcome.password)).toBe(true);
    expect(await ensureAdmin(store, { generate: true })).toEqual({ kind: 'exists' });
  });
});
