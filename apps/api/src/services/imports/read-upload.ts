import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { parseCsv } from '@kaoping/ingest';
import ExcelJS from 'exceljs';
import { xlsxCell } from './xlsx-cell.ts';

export interface UploadSheet {
  sheet?: string;
  rows: unknown[][];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** True for an XLSX upload, by content type or file name. */
export function isXlsx(contentType: string | undefined, fileName: string): boolean {
  return (contentType ?? '').startsWith(XLSX_TYPE) || /\.xlsx$/i.test(fileName);
}

/**
 * An uploaded file as sheets of cell rows, keeping spreadsheet row numbers (row i is line i + 1).
 * CSV: UTF-8, or GB18030 when the bytes are not UTF-8 (Excel's default on Chinese Windows).
 * XLSX: every non-empty sheet, or only `sheetName`; merged cells keep their value in the top-left cell.
 */
export async function readUpload(body: Buffer, xlsx: boolean, sheetName?: string): Promise<UploadSheet[]> {
  if (!xlsx) return [{ rows: parseCsv(decodeText(body)) }];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  } catch {
    throw new KaopingError(ErrorCode.DATA_INVALID, '无法读取该 XLSX 文件（文件损坏或不是 Excel 2007+ 格式）');
  }
  const sheets: UploadSheet[] = [];
  workbook.eachSheet((ws) => {
    if (sheetName !== undefined && ws.name !== sheetName) return;
    const rows: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r += 1) {
      const row = ws.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c += 1) {
        const cell = row.getCell(c);
        cells.push(cell.isMerged && cell.master !== cell ? null : xlsxCell(cell.value));
      }
      rows.push(cells);
    }
    while (rows.length > 0 && rows[rows.length - 1]?.every((v) => v === null || v === '') === true) rows.pop();
    if (rows.length > 0) sheets.push({ sheet: ws.name, rows });
  });
  if (sheetName !== undefined && sheets.length === 0) throw new KaopingError(ErrorCode.DATA_INVALID, `工作簿中没有名为「${sheetName}」的非空工作表`);
  return sheets;
}

function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}
