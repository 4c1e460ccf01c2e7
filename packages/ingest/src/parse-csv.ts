import { parse } from 'csv-parse/sync';
import { ErrorCode, KaopingError } from '@kaoping/contracts';

/**
 * Parses CSV text (RFC 4180 quoting, a leading BOM ignored) into rows of strings. Rows keep
 * the file's line numbering: an empty line in the middle stays an empty row, and a record whose
 * quoted cell spans several lines is followed by empty rows for its extra lines, so row `i` of the
 * result is always line `i + 1` of the file. Empty rows at the end are dropped.
 *
 * @throws KaopingError `DATA_INVALID` when the text is not valid CSV (e.g. a quote never closed).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  try {
    // With `info`, csv-parse returns { record, info } per record; its types do not say so.
    const records = parse(text.replace(/^\uFEFF/, ''), {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    for (const { record, info } of records) {
      rows.push(record);
      // info.lines is the line the record ends on: pad so that the next record starts at its own line.
      while (rows.length < info.lines) rows.push([]);
    }
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
