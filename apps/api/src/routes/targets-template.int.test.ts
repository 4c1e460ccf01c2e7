import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRecords, replaceTable } from '@kaoping/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const targets = () => listRecords(t.store.db, 'demo', 'targets');
async function download(): Promise<ExcelJS.Workbook> {
  const res = await t.as.evaluator
    .get('/api/v1/schemes/demo/targets/template')
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain(XLSX);
  expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('测试方案任务分解表.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as ExcelJS.Buffer);
  return workbook;
}

const upload = (body: Buffer, query = '') =>
  t.as.evaluator
    .post(`/api/v1/schemes/demo/imports/targets${query}`)
    .set('Content-Type', XLSX)
    .set('x-filename', encodeURIComponent('任务分解表.xlsx'))
    .send(body);

describe('the 任务分解表 template', () => {
  it('is generated from the scheme: merged title, units with their groups, one column per indicator, current values', async () => {
    const sheet = (await download()).getWorksheet('任务分解表');
    expect(sheet?.getCell('A1').value).toBe('测试方案任务分解表');
    expect(sheet?.getCell('B1').isMerged).toBe(true);
    const values = [2, 3, 4, 5].map((r) => (sheet?.getRow(r).values as unknown[]).slice(1));
    expect(values).toEqual([
      ['单位编码', '单位名称', '所属组别', '固定资产投资', '达标项目'],
      ['J01', '榕东街道', '街镇组', 100, 2],
      ['J02', '榕西街道', '街镇组', 100, 2],
      ['J03', '凤池街道', '街镇组', 100, 2],
    ]);
    expect((await t.as.reporter.get('/api/v1/schemes/demo/targets/template')).status).toBe(403);
  });

  it('imports back unchanged, and after editing one cell changes only that target', async () => {
    const before = await targets();
    const workbook = await download();
    const same = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), '?dryRun=1');
    expect(same.body).toMatchObject({ problems: [], counts: { added: 0, changed: 0, unchanged: 6, deleted: 0 } });
    workbook.getWorksheet('任务分解表')!.getCell('D4').value = 150;
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ added: 0, changed: 1, unchanged: 5, deleted: 0 });
    const expected = before.map((r) => (r.unitId === 'J02' && r.indicator === 'K1' ? { ...r, value: '150' } : r));
    expect(await targets()).toEqual(expected);
    expect((await t.as.evaluator.post(`/api/v1/imports/${res.body.batchId}/undo`)).status).toBe(200);
  });

  it('names file, sheet, the file’s own line and the header as written for a bad cell', async () => {
    const workbook = await download();
    workbook.getWorksheet('任务分解表')!.getCell('E5').value = '两个';
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: expect.stringContaining('"两个" 不是数字'),
        extensions: { code: 'DATA_INVALID', file: '任务分解表.xlsx', sheet: '任务分解表', row: 5, column: '达标项目' },
      },
    ]);
  });
});

/** A flat ODS (LibreOffice's XML) with a title merged over every column, then the rows. */
function fods(sheet: string, title: string, rows: (string | number | null)[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (v: string | number | null) =>
    v === null
      ? '<table:table-cell/>'
      : typeof v === 'number'
        ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
  const head = `<table:table-row><table:table-cell table:number-columns-spanned="${width}" office:value-type="string"><text:p>${title}</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="${width - 1}"/></table:table-row>`;
  const body = rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet><table:table table:name="${sheet}">${head}${body}</table:table></office:spreadsheet></office:body></office:document>`;
}

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
if (soffice === undefined) console.warn('soffice (LibreOffice) is not installed: skipping the LibreOffice-saved 任务分解表 test; CI installs it');

describe.skipIf(soffice === undefined)('a 任务分解表 saved by LibreOffice', () => {
  it('imports as is: merged title, units by name and alias, indicators by name', async () => {
    const units = await listRecords(t.store.db, 'demo', 'units');
    await replaceTable(
      t.store.db,
      'demo',
      'units',
      units.map((u) => (u.id === 'J03' ? { ...u, aliases: ['凤池'] } : u)),
    );
    const dir = mkdtempSync(join(tmpdir(), 'kp-lo-'));
    try {
      const rows = [
        ['组别', '单位名称', '固定资产投资', '达标项目'],
        ['街镇组', '榕东街道', 120, 3],
        ['街镇组', '凤池', null, 4],
      ];
      writeFileSync(join(dir, 'targets.fods'), fods('分解表', '2021年任务分解表', rows));
      execFileSync(
        soffice!,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, join(dir, 'targets.fods')],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const saved = readFileSync(join(dir, 'targets.xlsx'));
      const check = new ExcelJS.Workbook();
      await check.xlsx.load(saved as unknown as ExcelJS.Buffer);
      expect(check.getWorksheet('分解表')?.getCell('B1').isMerged).toBe(true);
      const before = await targets();
      const res = await upload(saved);
      expect(res.status).toBe(200);
      expect(res.body.counts).toEqual({ added: 0, changed: 3, unchanged: 0, deleted: 0 });
      const value = (u: string, k: string) => (r: { unitId: string; indicator: string }) => r.unitId === u && r.indicator === k;
      const changed = { J01K1: '120', J01K2: '3', J03K2: '4' } as Record<string, string>;
      expect(await targets()).toEqual(before.map((r) => ({ ...r, value: changed[`${r.unitId}${r.indicator}`] ?? r.value })));
      expect((await targets()).find(value('J03', 'K1'))?.value).toBe('100');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
