import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { checkXlsxZip } from './check-xlsx-zip.ts';
import { checkTableSize, UPLOAD_LIMITS, uploadTooLarge, type UploadSheet } from './upload-limits.ts';
import { xlsxCell } from './xlsx-cell.ts';

/** Rows as spreadsheet rows (row i is line i + 1), every row as wide as the widest; empty rows at the end dropped. */
function rectangle(rows: unknown[][]): unknown[][] {
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const out = Array.from(rows, (r) => {
    const row = r ?? [];
    while (row.length < width) row.push(null);
    return row;
  });
  while (out.length > 0 && out[out.length - 1]?.every((v) => v === null || v === '') === true) out.pop();
  return out;
}

/**
 * Reads an XLSX sheet by sheet and row by row (exceljs's streaming reader), after the zip checks,
 * stopping at the first row, column or cell beyond the limits: a far-away cell costs one row, not a
 * million. Every non-empty sheet, or only `sheetName`.
 */
export async function readXlsx(body: Buffer, file: string, sheetName?: string): Promise<UploadSheet[]> {
  await checkXlsxZip(body, file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: UploadSheet[] = [];
  let cells = 0;
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    if (sheetName !== undefined && name !== sheetName) continue;
    const where = `的工作表「${name}」`;
    const rows: unknown[][] = [];
    for await (const row of ws) {
      checkTableSize(file, row.number, row.cellCount, where);
      const cellsOfRow: unknown[] = [];
      row.eachCell((cell, col) => {
        cellsOfRow[col - 1] = xlsxCell(cell.value);
      });
      cells += row.actualCellCount;
      if (cells > UPLOAD_LIMITS.cells) throw uploadTooLarge(file, `有超过 ${UPLOAD_LIMITS.cells} 个非空单元格`);
      rows[row.number - 1] = Array.from(cellsOfRow, (v) => v ?? null);
    }
    const table = rectangle(rows);
    if (table.length > 0) sheets.push({ sheet: name, rows: table });
  }
  return sheets;
}
