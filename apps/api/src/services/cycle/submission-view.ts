import { daysFrom, daysLate, deadlineOf, type CycleSettings, type Submission, type Unit } from '@kaoping/contracts';
import { localDate } from '@kaoping/report';
import type { StoredSubmission } from '@kaoping/store';

const EMPTY = { values: {}, projects: [], note: '' };

/** A submission as the API shows it: state, deadline, days late or left; an absent one is 未报 with an empty form. */
export function submissionView(settings: CycleSettings, unit: Unit, period: string, stored: StoredSubmission | undefined, today: string): Submission {
  const deadline = deadlineOf(settings, period);
  const reportedOn = stored?.submittedAt ? localDate(new Date(stored.submittedAt)) : today;
  return {
    unitId: unit.id,
    unitName: unit.name,
    period,
    state: stored?.state ?? 'unreported',
    deadline,
    daysLate: daysLate(deadline, reportedOn),
    daysLeft: daysFrom(today, deadline),
    body: stored?.body ?? EMPTY,
    submittedAt: stored?.submittedAt ?? null,
    submittedBy: stored?.submittedBy ?? null,
    reviewedAt: stored?.reviewedAt ?? null,
    reviewedBy: stored?.reviewedBy ?? null,
    reason: stored?.reason ?? null,
  };
}
