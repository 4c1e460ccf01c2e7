import type { RunResult } from '@kaoping/contracts';
import ExcelJS from 'exceljs';
import { csvCell } from './csv-cell.ts';
import { rankingTables } from './ranking-tables.ts';

const TITLE = (r: RunResult) => `${r.pack.name} ${r.period.label}（截至 ${r.asOf}）`;

/** CSV (UTF-8 with BOM, so Excel opens it as Chinese): one block per group, separated by a blank line. */
export function exportCsv(result: RunResult): Buffer {
  const lines: string[] = [csvLine([TITLE(result)])];
  for (const table of rankingTables(result)) {
    lines.push('', csvLine([table.group]), csvLine(table.header), ...table.rows.map(csvLine));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: one sheet per group with a title row; scores stay text so no decimal is re-rounded by Excel. */
export async function exportXlsx(result: RunResult): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of rankingTables(result)) {
    const sheet = workbook.addWorksheet(table.group.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'));
    sheet.addRow([`${TITLE(result)} ${table.group}`]);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((c, i) => {
      c.width = i === 2 ? 18 : 12;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}
