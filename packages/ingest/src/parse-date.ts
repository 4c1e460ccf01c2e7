import { cellText } from './cell-text.ts';
import { dateParts, excelSerialParts, formatDay, isValidDay, type DateParts } from './date-parts.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const SEPARATED = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a non-empty cell as a day, YYYY-MM-DD. Accepts 2021-03-05, 2021/3/5, 2021.3.5,
 * 2021年3月5日, 20210305, a time after the day, Date objects and Excel serial day numbers.
 */
export function parseDate(cell: unknown): Parsed<string> {
  const parts = dayOf(cell);
  if (parts === undefined || !isValidDay(parts)) {
    return fail(`"${cellText(cell)}" 不是有效日期（应写作 2021-03-05）`);
  }
  return ok(formatDay(parts));
}

/** The day a cell names, not yet checked for validity; undefined when it names none. */
export function dayOf(cell: unknown): DateParts | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : dateParts(cell);
  if (typeof cell === 'number' && !COMPACT.test(String(cell))) return excelSerialParts(cell);
  const text = cellText(cell)
    .normalize('NFKC')
    .replace(/\s+(?=[年月日])|(?<=[年月日])\s+/g, '');
  const match = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (match === null) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
