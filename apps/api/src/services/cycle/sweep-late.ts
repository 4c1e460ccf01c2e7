import type { UnitEvent } from '@kaoping/contracts';
import { type Store, type User } from '@kaoping/store';
import { chaseList } from './chase-list.ts';
import type { Clock } from './clock.ts';
import { recordLateness } from './late-event.ts';
import { requireCycle } from './require-cycle.ts';
import { audited } from '../audit/audited.ts';

/**
 * 缺报记迟报: once a period's deadline has passed, every unit that has not submitted gets its automatic LATE
 * event, counted to today (submitting later replaces it with the final count). Returns the events written.
 */
export async function sweepLate(store: Store, clock: Clock, user: User, schemeId: string, period: string | undefined): Promise<UnitEvent[]> {
  return audited(store, user.username, async (trx, audit) => {
    const settings = await requireCycle(trx, schemeId);
    const list = await chaseList(trx, clock, schemeId, period);
    const written: UnitEvent[] = [];
    for (const view of list.units) {
      if (view.submittedAt !== null || view.daysLate === 0) continue;
      const event = await recordLateness(trx, schemeId, settings, view, list.today);
      if (event) written.push(event);
    }
    await audit({ action: 'sweep-late', entity: 'submission', entityId: `${schemeId}/${list.period}`, after: written });
    return written;
  });
}
