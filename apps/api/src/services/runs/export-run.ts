import type { RulePack, RunResult } from '@kaoping/contracts';
import { rankingSheets, rankingTitle, type RankingSheet, type SheetCell } from '@kaoping/report';
import ExcelJS from 'exceljs';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Display width in Excel's units: a CJK character is about two Latin ones. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u201c\u201d]/.test(ch) ? 2.1 : 1.1;
  return w;
}

const numFmt = (decimals: number) => (decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`);

function columnWidths(sheet: RankingSheet): number[] {
  return sheet.headers.map((h, k) => {
    const cells = sheet.rows.map((r) => textWidth(r[k]?.text ?? ''));
    // Headers wrap onto two lines, so half their width is enough.
    return Math.min(30, Math.max(6, textWidth(h) / 2 + 1, ...cells.map((w) => w + 1)));
  });
}

function writeCell(cell: ExcelJS.Cell, value: SheetCell): void {
  if (value.kind === 'number') {
    cell.value = value.value;
    cell.numFmt = numFmt(value.decimals);
  } else {
    cell.value = value.text;
  }
  cell.border = THIN;
  cell.alignment = { vertical: 'middle', horizontal: value.kind === 'number' ? 'right' : 'center' };
}

function addSheet(workbook: ExcelJS.Workbook, result: RunResult, table: RankingSheet): void {
  // 单位 is the third column, or the second in a lights-only group (no 排名): frozen up to it, left-aligned.
  const unitColumn = table.columns.findIndex((c) => c.key === 'unit') + 1;
  const sheet = workbook.addWorksheet(table.group.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'), {
    // A4 landscape, as wide as the page, header row repeated, page numbers at the foot.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '2:2' },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', xSplit: unitColumn, ySplit: 2 }],
  });
  const columns = table.headers.length;
  const title = sheet.addRow([rankingTitle(result, table.group)]);
  sheet.mergeCells(1, 1, 1, columns);
  title.height = 30;
  title.getCell(1).font = { bold: true, size: 15 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const header = sheet.addRow(table.headers);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const values of table.rows) {
    const row = sheet.addRow([]);
    values.forEach((v, k) => writeCell(row.getCell(k + 1), v));
    row.getCell(unitColumn).alignment = { vertical: 'middle', horizontal: 'left' };
  }
  columnWidths(table).forEach((w, k) => {
    sheet.getColumn(k + 1).width = w;
  });
}

/**
 * XLSX an office can hand on: one sheet per group with a merged title, a frozen header, borders, scores as
 * numbers shown with the pack's decimals, Chinese list reasons, and an A4 landscape print setup.
 */
export async function exportXlsx(result: RunResult, pack: RulePack | null = null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of rankingSheets(result, pack)) addSheet(workbook, result, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
