import type { CycleSettings, HolidayCalendar } from './cycle.ts';

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date `n` days after `date` (YYYY-MM-DD). */
export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The last day of a period (a month YYYY-MM; a quarter is named by its last month). */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (y === undefined || m === undefined) throw new Error(`期间 ${period} 须形如 2022-01`);
  return fromUtc(Date.UTC(y, m, 0));
}

/** A working day: Monday to Friday unless listed as a holiday, or a weekend day listed as an extra working day (调休). */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.extraWorkdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The last day a period's report is on time (inclusive). */
export function deadlineOf(settings: CycleSettings, period: string): string {
  const end = periodEnd(period);
  const rule = settings.deadline;
  if (rule.kind === 'dayOfNextMonth') return `${addDays(end, 1).slice(0, 8)}${pad(rule.day)}`;
  let date = end;
  for (let left = rule.days; left > 0;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, settings.calendar)) left -= 1;
  }
  return date;
}

/** Days late when reported on `on` (0 when on or before the deadline). */
export function daysLate(deadline: string, on: string): number {
  return Math.max(0, daysFrom(deadline, on));
}

/** The period being reported on `today`: the month (or quarter) that ended most recently. */
export function currentPeriod(settings: Pick<CycleSettings, 'cadence'>, today: string): string {
  const [y, m] = today.split('-').map(Number);
  if (y === undefined || m === undefined) throw new Error(`日期 ${today} 须形如 2022-02-07`);
  const months = y * 12 + (m - 1) - 1;
  const back = settings.cadence === 'quarter' ? (((months % 12) % 3) + 1) % 3 : 0;
  const last = months - back;
  return `${Math.floor(last / 12)}-${pad((last % 12) + 1)}`;
}

/** 2022年1月 / 2022年第一季度, as the office writes a period. */
export function periodLabel(settings: Pick<CycleSettings, 'cadence'>, period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (settings.cadence === 'quarter' && m !== undefined) return `${y}年第${'一二三四'[Math.floor((m - 1) / 3)]}季度`;
  return `${y}年${m}月`;
}
