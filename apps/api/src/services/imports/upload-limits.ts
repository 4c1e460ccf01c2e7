import { ErrorCode, KaopingError } from '@kaoping/contracts';

/**
 * How much one upload may hold. An XLSX is checked against the zip limits before anything is
 * parsed, and every sheet (and a CSV) against the table limits while it is read.
 */
export const UPLOAD_LIMITS = {
  /** Rows of one sheet or CSV (spreadsheet row numbers, so a far-away cell counts to its row). */
  rows: 200_000,
  /** Columns of one sheet or CSV. */
  columns: 256,
  /** Non-empty cells of one upload, all sheets together. */
  cells: 4_000_000,
  /** Files inside an XLSX. */
  zipEntries: 1000,
  /** Bytes of an XLSX once inflated, all files together. */
  uncompressedBytes: 256 * 1024 * 1024,
} as const;

/** A 413 naming the file and the limit it passes. */
export function uploadTooLarge(file: string, what: string): KaopingError {
  const message = `文件「${file}」${what}，超出导入上限，未写入任何数据`;
  return new KaopingError(ErrorCode.UPLOAD_LIMIT_EXCEEDED, message, [{ file, message }]);
}

/** Checks one table's size against the row and column limits; `where` names the sheet after the file. */
export function checkTableSize(file: string, rows: number, columns: number, where = ''): void {
  if (rows > UPLOAD_LIMITS.rows) throw uploadTooLarge(file, `${where}有 ${rows} 行（最多 ${UPLOAD_LIMITS.rows} 行）`);
  if (columns > UPLOAD_LIMITS.columns) throw uploadTooLarge(file, `${where}有 ${columns} 列（最多 ${UPLOAD_LIMITS.columns} 列）`);
}

/** One sheet of an upload (a CSV is one unnamed sheet): its rows of cells as read. */
export interface UploadSheet {
  sheet?: string;
  rows: unknown[][];
}
