import { periodLabel, type CycleSettings, type Submission, type UnitEvent } from '@kaoping/contracts';
import { replaceUnitEvent, type Db } from '@kaoping/store';

/** Automatic LATE events carry this kind, which links them to the unit's submission for the same period. */
const LATE_KIND = 'submission';
const LATE_CODE = 'LATE';

/**
 * Writes (or clears) the automatic LATE event of a submission: count = days late, the note names the submission.
 * A missing report past its deadline gets one too, counted to `today`; submitting replaces it with the final count.
 */
export async function recordLateness(db: Db, schemeId: string, settings: CycleSettings, view: Submission, today: string): Promise<UnitEvent | null> {
  const key = { unitId: view.unitId, period: view.period, code: LATE_CODE, kind: LATE_KIND };
  const label = periodLabel(settings, view.period);
  const submitted = view.submittedAt !== null;
  const note = submitted
    ? `${label}报送于 ${today} 提交，截止 ${view.deadline}，迟报${view.daysLate}天（报送记录：${view.unitName} ${view.period}）`
    : `${label}报送截至 ${today} 未提交，截止 ${view.deadline}，已逾期${view.daysLate}天（报送记录：${view.unitName} ${view.period}）`;
  const event = view.daysLate > 0 ? { ...key, count: String(view.daysLate), note } : null;
  await replaceUnitEvent(db, schemeId, key, event);
  return event;
}
