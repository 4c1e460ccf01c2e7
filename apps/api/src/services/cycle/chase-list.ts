import { currentPeriod, deadlineOf, periodLabel, type ChaseList } from '@kaoping/contracts';
import { listRecords, listSubmissions, type Db } from '@kaoping/store';
import type { Clock } from './clock.ts';
import { requireCycle, requirePeriod } from './require-cycle.ts';
import { submissionView } from './submission-view.ts';

/** 催报: every unit's submission state for a period (default the current one), who has not reported and who is late. */
export async function chaseList(db: Db, clock: Clock, schemeId: string, asked: string | undefined): Promise<ChaseList> {
  const settings = await requireCycle(db, schemeId);
  const today = clock.today();
  const period = requirePeriod(settings, asked ?? currentPeriod(settings, today));
  const stored = new Map((await listSubmissions(db, schemeId, period)).map((s) => [s.unitId, s]));
  const units = (await listRecords(db, schemeId, 'units')).map((u) => submissionView(settings, u, period, stored.get(u.id), today));
  return { period, periodLabel: periodLabel(settings, period), deadline: deadlineOf(settings, period), today, units };
}
