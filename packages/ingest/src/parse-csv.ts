import { parse } from 'csv-parse/sync';
import { ErrorCode, KaopingError } from '@kaoping/contracts';

/**
 * Parses CSV text (RFC 4180 quoting, a leading BOM ignored) into rows of strings. Rows keep
 * their spreadsheet numbering: an empty line in the middle stays an empty row, so row `i` of the
 * result is row `i + 1` in a spreadsheet. Empty rows at the end are dropped.
 *
 * @throws KaopingError `DATA_INVALID` when the text is not valid CSV (e.g. a quote never closed).
 */
export function parseCsv(text: string): string[][] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { bom: true, relax_column_count: true, relax_quotes: true });
  } catch (error) {
    const line = lineOf(error);
    const message = 'CSV 格式有误（多半是引号没有配对），无法读取';
    throw new KaopingError(ErrorCode.DATA_INVALID, message, [line === undefined ? { message } : { row: line, message }]);
  }
  let end = rows.length;
  while (end > 0 && rows[end - 1]?.every((cell) => cell.trim() === '') === true) end -= 1;
  return rows.slice(0, end);
}

function lineOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number') {
    return error.lines;
  }
  return undefined;
}
