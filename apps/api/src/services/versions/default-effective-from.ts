import type { Calendar } from '@kaoping/contracts';
import { periodSeries } from '@kaoping/engine';
import { listRuns, type Db } from '@kaoping/store';

/** The day after `date` (YYYY-MM-DD). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * 生效日期 offered when publishing: the first day of the period after the newest released run, so a
 * change never rescores a period whose results were already released; the scheme's start before any
 * release.
 */
export async function defaultEffectiveFrom(db: Db, schemeId: string, calendar: Calendar): Promise<string> {
  const released = (await listRuns(db, schemeId))
    .filter((r) => r.releasedAt !== null)
    .map((r) => r.asOf)
    .sort();
  const last = released.at(-1);
  if (last === undefined || last < calendar.start) return calendar.start;
  const period = periodSeries(calendar, last).at(-1);
  return period === undefined ? calendar.start : nextDay(period.end);
}
