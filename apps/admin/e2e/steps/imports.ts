/**
 * Issue 7 item 2 through the page: the 任务分解表 template downloaded from the page, one cell edited
 * with exceljs, imported back through the dialog: only that target changes; undo restores the table.
 * (The partial 合并更新, the 整表替换 confirmation and undo byte for byte are in the core scenario.)
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USER, api, expect, logIn, logOut, SCHEME, text, type Step } from '../lib.ts';

/** The little of exceljs used here; it is the API's dependency (the SPA has no need of it), so it is loaded from there. */
interface Workbook {
  xlsx: { readFile(path: string): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
  getWorksheet(name: string): { getCell(ref: string): { value: unknown; isMerged: boolean } } | undefined;
}
const ExcelJS = createRequire(join(import.meta.dirname, '../../../api/package.json'))('exceljs') as { Workbook: new () => Workbook };

type T = { unitId: string; indicator: string; value: string; period: string | null };

export const importSteps: Step[] = [
  [
    '任务分解表模板往返 / the wide template round trip through the page',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      const before = JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`));
      const rows = (JSON.parse(before) as { data: T[] }).data;
      await page.goto(`${url}/schemes/${SCHEME}/targets`);
      await page.waitForSelector('[data-cell]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="targets-template"]')]);
      expect(download.suggestedFilename().endsWith('任务分解表.xlsx'), `the template is named "${download.suggestedFilename()}"`);
      const path = join(import.meta.dirname, '..', 'artifacts', 'targets-template.xlsx');
      await download.saveAs(path);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.getWorksheet('任务分解表');
      expect(sheet !== undefined && sheet.getCell('B1').isMerged, 'the template has no merged title row');
      // The first unit's first indicator cell: row 3 (title, header), column D (编码, 名称, 组别).
      const unitId = String(sheet!.getCell('A3').value);
      const header = String(sheet!.getCell('D2').value);
      const old = Number(sheet!.getCell('D3').value);
      sheet!.getCell('D3').value = old + 7;
      const edited = Buffer.from(await workbook.xlsx.writeBuffer());
      await page.click('[data-test="import-open"]');
      await page
        .locator('[data-test="import-file"]')
        .setInputFiles({ name: '任务分解表-模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });
      await page.click('[data-test="import-dryrun"]');
      await page.waitForSelector('[data-test="import-counts"]');
      const counts = await text(page, '[data-test="import-counts"]');
      expect(
        counts.includes('修改 1 行') && counts.includes('新增 0 行') && counts.includes('删除 0 行'),
        `the template dry run says "${counts}" (column ${header})`,
      );
      await shot('40-template-roundtrip-dryrun');
      await page.click('[data-test="import-commit"]');
      await page.locator('[data-test="import-commit"]').waitFor({ state: 'hidden' });
      const after = (await api<{ data: T[] }>(ctx, 'GET', `/schemes/${SCHEME}/targets`)).data;
      const changed = after.filter(
        (r) => JSON.stringify(r) !== JSON.stringify(rows.find((x) => x.unitId === r.unitId && x.indicator === r.indicator && x.period === r.period)),
      );
      expect(
        changed.length === 1 && changed[0]?.unitId === unitId && Number(changed[0]?.value) === old + 7,
        `the round trip changed ${JSON.stringify(changed)}`,
      );
      expect(after.length === rows.length, `the round trip left ${after.length} targets of ${rows.length}`);
      await page.locator('[data-test="import-batches"] [data-test="import-undo"]').first().click();
      await page.locator('.el-message-box__btns .el-button--primary').click();
      let restored = '';
      for (let i = 0; i < 20 && restored !== before; i += 1) {
        await page.waitForTimeout(250);
        restored = JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`));
      }
      expect(restored === before, 'undoing the template import did not restore the targets byte for byte');
      await shot('41-template-roundtrip-undone');
    },
  ],
];
