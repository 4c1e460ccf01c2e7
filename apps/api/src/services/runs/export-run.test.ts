import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '@kaoping/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleResult } from '../../testing/fixtures.ts';
import { csvField } from '@kaoping/report';
import { exportCsv } from './export-csv.ts';
import { exportXlsx } from './export-run.ts';

async function workbookOf(result: RunResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx(result)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Two groups of 14 units and 8 indicators: a district's real size. */
function districtResult(): RunResult {
  const r = sampleResult();
  const base = r.groups[0]!;
  const template = base.units[0]!;
  const indicators = Array.from({ length: 8 }, (_, k) => ({ id: `K${k + 1}`, name: `第${k + 1}项考评指标完成情况`, weight: '12.5' }));
  r.groups = ['街镇组', '园区组'].map((name, gi) => ({
    ...base,
    id: `g${gi}`,
    name,
    indicators,
    units: Array.from({ length: 14 }, (_, i) => ({
      ...template,
      unitId: `U${gi}${i}`,
      name: `第${i + 1}个单位名称较长的街道`,
      rank: i + 1,
      indicators: Object.fromEntries(indicators.map((ind) => [ind.id, { ...template.indicators.K1!, score: '12.50' }])),
    })),
  }));
  return r;
}

describe('run export', () => {
  it('writes a CSV block per group with Chinese headers and reasons, numbers as written', () => {
    const text = exportCsv(sampleResult()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('测试方案 2021年3月考评结果（截至 2021-03-31）');
    expect(lines[2]).toBe('街镇组');
    expect(lines[3]).toBe('排名,单位编码,单位,固定资产投资（100分）,基础分,加分,扣分,总分,综合灯色,介绍经验');
    expect(lines[4]).toBe('1,J01,榕东街道,90.00,90.00,0,0,90.00,绿灯,排名第一');
    expect(lines[6]).toBe('3,J03,凤池街道,70.00,70.00,0,0,70.00,红灯,');
  });

  it('never lets a text cell start a formula', () => {
    expect(csvField({ kind: 'text', text: '=HYPERLINK("x")' })).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField({ kind: 'text', text: '@SUM(A1)' })).toBe("'@SUM(A1)");
    expect(csvField({ kind: 'number', value: -0.5, decimals: 2, text: '-0.50' })).toBe('-0.50');
  });

  it('writes an XLSX an office can sum, sort and print', async () => {
    const sheet = (await workbookOf(sampleResult())).getWorksheet('街镇组')!;
    expect(sheet.getCell('A1').value).toBe('测试方案 2021年3月考评结果 · 街镇组（截至 2021-03-31）');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('J1').isMerged).toBe(true);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '排名',
      '单位编码',
      '单位',
      '固定资产投资（100分）',
      '基础分',
      '加分',
      '扣分',
      '总分',
      '综合灯色',
      '介绍经验',
    ]);
    expect(sheet.getCell('H3').value).toBe(90);
    expect(sheet.getCell('H3').numFmt).toBe('0.00');
    expect(sheet.getCell('A3').value).toBe(1);
    expect(sheet.getCell('J3').value).toBe('排名第一');
    expect(sheet.getCell('D3').border.left?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(9);
  });

  // LibreOffice prints it as an office would; CI installs it (.ci/run), so there it must be present.
  const soffice = '/usr/bin/soffice';
  it.runIf(existsSync(soffice) || process.env.CI === 'true')(
    'prints one A4 landscape page per group',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kp-export-'));
      writeFileSync(join(dir, 'ranking.xlsx'), await exportXlsx(districtResult()));
      execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'ranking.xlsx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const info = execFileSync('pdfinfo', [join(dir, 'ranking.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+2$/m);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    },
    180_000,
  );
});
