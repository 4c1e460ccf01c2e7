import type { Calendar } from '@kaoping/contracts';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { Q } from '../exact/q.ts';

/** One assessment period of a run's series. */
export interface PeriodInfo {
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
  /** The day the period is evaluated as of: its end, or the run's as-of date for the last one. */
  readonly asOf: string;
  readonly year: number;
  readonly month: number;
  readonly quarter: number;
  readonly windowStart: string;
  /** Months as year*12 + month − 1, for report periods. */
  readonly ymStart: number;
  readonly ymEnd: number;
  readonly timeProgress: Q;
  readonly daysElapsed: number;
  readonly daysInYear: number;
}

const QUARTER_CN = ['一', '二', '三', '四'];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isLeap = (y: number): boolean => lastDay(y, 2) === 29;

function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}

/** First month and length in months of the period that contains (y, m). */
function bounds(cadence: Calendar['cadence'], m: number): [number, number] {
  if (cadence === 'month') return [m, 1];
  if (cadence === 'quarter') return [m - ((m - 1) % 3), 3];
  return [1, 12];
}

function periodId(cadence: Calendar['cadence'], y: number, first: number): [string, string] {
  if (cadence === 'month') return [`${y}-${pad(first)}`, `${y}年${first}月`];
  if (cadence === 'quarter') {
    const q = (first + 2) / 3;
    return [`${y}-Q${q}`, `${y}年第${QUARTER_CN[q - 1]}季度`];
  }
  return [`${y}`, `${y}年度`];
}

function makePeriod(cal: Calendar, index: number, y: number, first: number, len: number, asOf: string): PeriodInfo {
  const endMonth = first + len - 1;
  const start = iso(y, first, 1);
  const end = iso(y, endMonth, lastDay(y, endMonth));
  const [id, label] = periodId(cal.cadence, y, first);
  const month = Number(asOf.slice(5, 7));
  const yearStart = iso(y, 1, 1) < cal.start ? cal.start : iso(y, 1, 1);
  const windowStart = cal.window === 'yearToDate' ? yearStart : start < cal.start ? cal.start : start;
  const daysInYear = isLeap(y) ? 366 : 365;
  const daysElapsed = dayOfYear(asOf);
  const timeProgress = cal.timeProgress === 'days' ? new Q(daysElapsed, daysInYear) : new Q(month, 12);
  return {
    index,
    id,
    label,
    start,
    end,
    asOf,
    year: y,
    month,
    quarter: Math.ceil(endMonth / 3),
    windowStart,
    ymStart: Number(windowStart.slice(0, 4)) * 12 + Number(windowStart.slice(5, 7)) - 1,
    ymEnd: y * 12 + month - 1,
    timeProgress,
    daysElapsed,
    daysInYear,
  };
}

/** The periods from the scheme's start up to the one containing `asOf`, each with its context. */
export function periodSeries(cal: Calendar, asOf: string): PeriodInfo[] {
  if (asOf < cal.start) {
    throw new KaopingError(ErrorCode.EVALUATION_FAILED, `考评截止日 ${asOf} 早于方案开始日 ${cal.start}`);
  }
  const out: PeriodInfo[] = [];
  let y = Number(cal.start.slice(0, 4));
  const [startMonth, len] = bounds(cal.cadence, Number(cal.start.slice(5, 7)));
  let first = startMonth;
  for (;;) {
    const endMonth = first + len - 1;
    const end = iso(y, endMonth, lastDay(y, endMonth));
    const last = asOf <= end;
    out.push(makePeriod(cal, out.length, y, first, len, last ? asOf : end));
    if (last) return out;
    first += len;
    if (first > 12) {
      first = 1;
      y += 1;
    }
  }
}

/** Month index (year*12 + month − 1) of a report period; a bare year counts as its December. */
export function periodMonth(period: string): number {
  const y = Number(period.slice(0, 4));
  const m = period.length > 4 ? Number(period.slice(5, 7)) : 12;
  return y * 12 + m - 1;
}
