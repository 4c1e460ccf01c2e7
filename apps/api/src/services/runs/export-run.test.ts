import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleResult } from '../../testing/fixtures.ts';
import { exportCsv, exportXlsx } from './export-run.ts';

describe('run export', () => {
  it('writes one CSV block per group: 排名, 单位, indicator scores, 总分, lists', () => {
    const text = exportCsv(sampleResult()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[2]).toBe('街镇组');
    expect(lines[3]).toBe('排名,单位编号,单位,固定资产投资(100),基础分,加分,扣分,总分,介绍经验');
    expect(lines[4]).toBe('1,J01,榕东街道,90.00,90.00,0,0,90.00,rank_top1');
    expect(lines[6]).toBe('3,J03,凤池街道,70.00,70.00,0,0,70.00,');
  });

  it('escapes unit names that a spreadsheet would run as formulas', () => {
    const result = sampleResult();
    const unit = result.groups[0]?.units[0];
    if (unit) unit.name = '=HYPERLINK("http://evil","点我")';
    const lines = exportCsv(result).toString('utf8').split('\r\n');
    expect(lines[4]).toBe(`1,J01,"'=HYPERLINK(""http://evil"",""点我"")",90.00,90.00,0,0,90.00,rank_top1`);
  });

  it('writes one XLSX sheet per group with the same table', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(sampleResult())) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('街镇组');
    expect(sheet?.getRow(2).getCell(8).value).toBe('总分');
    expect(sheet?.getRow(3).getCell(8).value).toBe('90.00');
    expect(sheet?.getRow(5).getCell(3).value).toBe('凤池街道');
  });
});
