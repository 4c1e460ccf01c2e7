import { cellText } from './cell-text.ts';
import { formatMonth, isValidDay } from './date-parts.ts';
import { dayOf } from './parse-date.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const YEAR = /^(\d{4})(?:年度?)?$/;
const MONTH = /^(\d{4})[-/.年](\d{1,2})月?份?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;

/**
 * Reads a non-empty cell as a period: a month YYYY-MM (from 2021-06, 2021-6, 2021/06,
 * 2021年6月, 202106, a day or a Date) or a whole year YYYY (from 2022 or 2022年).
 */
export function parsePeriod(cell: unknown): Parsed<string> {
  const period = periodOf(cell);
  return period === undefined ? fail(`"${cellText(cell)}" 不是有效期间（应写作 2021-06 或 2021）`) : ok(period);
}

function periodOf(cell: unknown): string | undefined {
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  const year = YEAR.exec(text);
  if (year !== null) return year[1];
  const month = MONTH.exec(text) ?? COMPACT_MONTH.exec(text);
  if (month !== null) return monthOf(Number(month[1]), Number(month[2]));
  const day = dayOf(cell);
  if (day === undefined || !isValidDay(day)) return undefined;
  return formatMonth(day);
}

function monthOf(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 ? formatMonth({ year, month }) : undefined;
}
