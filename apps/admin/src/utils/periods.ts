/** Last day of a month, YYYY-MM-DD. */
function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Month ends from the calendar start up to and including `asOf`'s month. */
export function monthEndsUntil(start: string, asOf: string): string[] {
  const [sy, sm] = start.split('-').map(Number);
  const [ay, am] = asOf.split('-').map(Number);
  if (!sy || !sm || !ay || !am) return [];
  const out: string[] = [];
  for (let y = sy, m = sm; y < ay || (y === ay && m <= am); m === 12 ? ((m = 1), y++) : m++) out.push(monthEnd(y, m));
  return out;
}

/** Quarter ends and the year end of the calendar year of `start`, for the period picker. */
export function quarterEnds(start: string): string[] {
  const y = Number(start.slice(0, 4));
  return [3, 6, 9, 12].map((m) => monthEnd(y, m));
}

type Cadence = 'month' | 'quarter' | 'year';

/**
 * The as-of dates for a trend up to `asOf`: every month end, except for a yearly scheme, which is
 * assessed at each year end only (a month inside the year is not a period of its own).
 */
export function trendDates(start: string, cadence: Cadence, asOf: string): string[] {
  const all = monthEndsUntil(start, asOf);
  return cadence === 'year' ? all.filter((d, i) => d.slice(5, 7) === '12' || i === all.length - 1) : all;
}

/**
 * Preset as-of dates for the run picker: quarter ends of `year` for monthly and quarterly schemes;
 * for a yearly scheme the year ends from the calendar start (at most five).
 */
export function runPresets(start: string, cadence: Cadence, year: number): string[] {
  if (cadence !== 'year') return [3, 6, 9, 12].map((m) => monthEnd(year, m));
  const first = Number(start.slice(0, 4));
  const last = Math.max(first, Math.min(year, first + 4));
  return Array.from({ length: last - first + 1 }, (_, i) => monthEnd(first + i, 12));
}
