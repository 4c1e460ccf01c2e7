import { currentPeriod, deadlineOf, type CycleSettings, type CycleView } from '@kaoping/contracts';
import { getCycleSettings, putCycleSettings, type Db, type Store, type User } from '@kaoping/store';
import type { Clock } from './clock.ts';
import { audited } from '../audit/audited.ts';

/** The scheme's reporting cycle with today's period and its deadline (nulls while none is set up). */
export async function cycleView(db: Db, clock: Clock, schemeId: string): Promise<CycleView> {
  const stored = await getCycleSettings(db, schemeId);
  const today = clock.today();
  const period = stored ? currentPeriod(stored.settings, today) : null;
  return {
    settings: stored?.settings ?? null,
    today,
    currentPeriod: period,
    deadline: stored && period ? deadlineOf(stored.settings, period) : null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

/** Saves the cadence, deadline rule and holiday calendar; audited in the same transaction. */
export async function saveCycleSettings(store: Store, clock: Clock, user: User, schemeId: string, settings: CycleSettings): Promise<CycleView> {
  return audited(store, user.username, async (trx, audit) => {
    const before = await getCycleSettings(trx, schemeId);
    await putCycleSettings(trx, schemeId, settings, user.username);
    await audit({ action: 'update', entity: 'cycle-settings', entityId: schemeId, before: before?.settings ?? null, after: settings });
    return cycleView(trx, clock, schemeId);
  });
}
