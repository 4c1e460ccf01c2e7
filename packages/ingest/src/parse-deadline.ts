import { cellText } from './cell-text.ts';
import { formatDay, isValidDay } from './date-parts.ts';
import { dayOf } from './parse-date.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

const MONTH = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:月份?|月底|月末)?(?:前|以前|之前)?$/;
const QUARTER = /^(\d{4})(?:-?Q([1-4])|年?第?([一二三四1-4])季度(?:末|底)?(?:前|以前|之前)?)$/i;
const HALF = /^(\d{4})(?:-?H([12])|年?([上下])半年(?:前|以前|之前)?)$/i;
const YEAR = /^(\d{4})(?:年|年度|年内|年底|年末|年底前|年内前)?$/;

function lastDay(year: number, month: number): string {
  return formatDay({ year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() });
}

/** The last day of the period a planned-date text names, or undefined. */
function deadlineOf(cell: unknown): string | undefined {
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  const month = MONTH.exec(text);
  if (month !== null) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? lastDay(Number(month[1]), m) : undefined;
  }
  const quarter = QUARTER.exec(text);
  if (quarter !== null) return lastDay(Number(quarter[1]), 3 * (CN_DIGITS[quarter[2] ?? quarter[3] ?? ''] ?? 0));
  const half = HALF.exec(text);
  if (half !== null) return lastDay(Number(half[1]), half[2] === '1' || half[3] === '上' ? 6 : 12);
  const year = YEAR.exec(text);
  if (year !== null) return lastDay(Number(year[1]), 12);
  const day = dayOf(cell);
  return day !== undefined && isValidDay(day) ? formatDay(day) : undefined;
}

/**
 * Reads a planned date (计划节点) as the last day it allows, YYYY-MM-DD: a day stays itself, a month
 * (2020-03, 2020年3月份) is its last day, a quarter (2020-Q4, 2020年第四季度) and a half-year
 * (2020-H1, 2020年上半年) their last day, a year (2020, 2020年内, 2020年底) its 31 December.
 */
export function parseDeadline(cell: unknown): Parsed<string> {
  const deadline = deadlineOf(cell);
  return deadline === undefined
    ? fail(`"${cellText(cell)}" 不是有效的计划时间（应写作 2020-03-15、2020-03、2020年第四季度、2020年上半年 或 2020年内）`)
    : ok(deadline);
}
