import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { parseCsv } from '@kaoping/ingest';
import { readXlsx } from './read-xlsx.ts';
import { checkTableSize, type UploadSheet } from './upload-limits.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** True for an XLSX upload, by content type or file name. */
export function isXlsx(contentType: string | undefined, fileName: string): boolean {
  return (contentType ?? '').startsWith(XLSX_TYPE) || /\.xlsx$/i.test(fileName);
}

/**
 * An uploaded file as sheets of cell rows, keeping spreadsheet row numbers (row i is line i + 1).
 * CSV: UTF-8, or GB18030 when the bytes are not UTF-8 (Excel's default on Chinese Windows).
 * XLSX: every non-empty sheet, or only `sheetName`, read as a stream within the upload limits; a
 * merged range keeps its value in the top-left cell (the others are empty in the file).
 */
export async function readUpload(body: Buffer, xlsx: boolean, sheetName?: string, file = xlsx ? 'upload.xlsx' : 'upload.csv'): Promise<UploadSheet[]> {
  if (!xlsx) {
    const rows = parseCsv(decodeText(body));
    checkTableSize(
      file,
      rows.length,
      rows.reduce((w, r) => Math.max(w, r.length), 0),
    );
    return [{ rows }];
  }
  let sheets: UploadSheet[];
  try {
    sheets = await readXlsx(body, file, sheetName);
  } catch (e) {
    if (e instanceof KaopingError) throw e;
    throw new KaopingError(ErrorCode.DATA_INVALID, `无法读取文件「${file}」（文件损坏或不是 Excel 2007+ 格式）`, [{ file, message: '不是有效的 XLSX 文件' }]);
  }
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
