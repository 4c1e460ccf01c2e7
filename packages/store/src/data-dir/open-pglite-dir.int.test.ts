import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.ts';
import { insertScheme, listSchemes } from '../repos/schemes.ts';

// The folders are removed at the end: PGlite may still touch one just after close().
const root = mkdtempSync(join(tmpdir(), 'kp-datadir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an embedded data directory', () => {
  it('is opened by one store at a time; the first keeps working and keeps its data', async () => {
    const dataDir = join(root, 'shared');
    const first = await openStore({ dataDir, command: 'first server' });
    await insertScheme(first.db, { id: 'a', name: '甲', pack: {} }, 'test');
    await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED', message: expect.stringContaining(`pid ${process.pid}`) as unknown });
    await insertScheme(first.db, { id: 'b', name: '乙', pack: {} }, 'test');
    await first.close();
    const again = await openStore({ dataDir });
    expect((await listSchemes(again.db)).map((s) => s.id).sort()).toEqual(['a', 'b']);
    await again.close();
  }, 120_000);

  it('that has files but no PG_VERSION is refused and left unchanged', async () => {
    const dataDir = join(root, 'no-version');
    await (await openStore({ dataDir })).close();
    rmSync(join(dataDir, 'PG_VERSION'));
    const before = readdirSync(dataDir, { recursive: true }).sort();
    await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'DATA_DIR_INVALID', message: expect.stringContaining('PG_VERSION') as unknown });
    expect(readdirSync(dataDir, { recursive: true }).sort()).toEqual(before);
  }, 120_000);

  it('whose database cannot be opened gives a recovery hint and frees the folder', async () => {
    const dataDir = join(root, 'damaged');
    await (await openStore({ dataDir })).close();
    writeFileSync(join(dataDir, 'global', 'pg_control'), 'not a control file');
    await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'DATA_DIR_INVALID', message: expect.stringContaining('kaoping restore') as unknown });
    expect(readdirSync(dataDir)).not.toContain('kaoping.lock');
  }, 120_000);
});
