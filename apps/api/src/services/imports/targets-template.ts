import { getScheme, listRecords, type Db } from '@kaoping/store';
import ExcelJS from 'exceljs';
import { fail } from '../../errors/fail.ts';
import { importPack } from './import-rules.ts';
import { templateModel } from './template-model.ts';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * The 任务分解表 template of a scheme as XLSX: a merged title, the header, one row per unit with its
 * group and current targets. Edited in Excel or WPS, it imports back as is (the header is found
 * below the title, units by code, indicators by name with unit).
 */
export async function targetsTemplate(db: Db, schemeId: string): Promise<{ fileName: string; body: Buffer }> {
  const scheme = await getScheme(db, schemeId);
  const { pack } = await importPack(db, schemeId);
  if (scheme === undefined) throw fail.notFound(`方案 ${schemeId} `);
  if (pack === undefined) throw fail.invalid('方案规则尚不完整，无法生成任务分解表模板；请先修正草稿或发布一个版本');
  const model = templateModel(pack, scheme.name, await listRecords(db, schemeId, 'units'), await listRecords(db, schemeId, 'targets'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务分解表', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const title = sheet.addRow([model.title]);
  sheet.mergeCells(1, 1, 1, model.headers.length);
  title.height = 28;
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const header = sheet.addRow(model.headers);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const row of model.rows) sheet.addRow(row).eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN));
  sheet.columns.forEach((column, k) => (column.width = k < 3 ? 14 : 16));
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${model.title}.xlsx`, body };
}
