/** A calendar day. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar day of a Date read from a spreadsheet. Readers put dates either at local midnight
 * or at UTC midnight; a Date at local midnight is read in local time, any other in UTC.
 */
export function dateParts(date: Date): DateParts {
  const localMidnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  if (localMidnight) return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The day of an Excel serial date number (1900 date system). Only 10000 (1927) to 2958465 (9999)
 * are taken as days, so that a bare year such as 2021 is not read as a day in 1905.
 */
export function excelSerialParts(serial: number): DateParts | undefined {
  if (!Number.isInteger(serial) || serial < 10000 || serial > 2958465) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Whether the parts name a real day (no 2 月 30 日). */
export function isValidDay(p: DateParts): boolean {
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return date.getUTCFullYear() === p.year && date.getUTCMonth() === p.month - 1 && date.getUTCDate() === p.day;
}

/** YYYY-MM-DD. */
export function formatDay(p: DateParts): string {
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** YYYY-MM. */
export function formatMonth(p: Pick<DateParts, 'year' | 'month'>): string {
  return `${p.year}-${pad(p.month)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
