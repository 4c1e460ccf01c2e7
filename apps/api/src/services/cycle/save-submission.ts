import { ErrorCode, KaopingError, type Submission, type SubmissionBody } from '@kaoping/contracts';
import { getSubmission, putSubmission, type Store, type User } from '@kaoping/store';
import type { Clock } from './clock.ts';
import { checkSubmissionBody } from './check-submission-body.ts';
import { findUnit } from './find-unit.ts';
import { recordLateness } from './late-event.ts';
import { reportingForm } from './reporting-form.ts';
import { requireCycle, requirePeriod } from './require-cycle.ts';
import { submissionView } from './submission-view.ts';
import { audited } from '../audit/audited.ts';

const LOCKED_MESSAGE = '本期报送已审核锁定，不能修改；如需修改，请联系考评办解锁';

export interface SaveSubmission {
  schemeId: string;
  unitId: string;
  period: string;
  body: SubmissionBody;
  /** 提交 (true) or 保存草稿 (false). */
  submit: boolean;
}

/**
 * 保存草稿 or 提交 one unit's submission. Allowed while 未报 or 已退回; 已提交 waits for review and 已审核 is
 * locked. The first 提交 after the deadline writes the automatic LATE event in the same transaction.
 */
export async function saveSubmission(store: Store, clock: Clock, user: User, input: SaveSubmission): Promise<Submission> {
  const { schemeId, unitId, body } = input;
  return audited(store, user.username, async (trx, audit) => {
    const settings = await requireCycle(trx, schemeId);
    const period = requirePeriod(settings, input.period);
    const unit = await findUnit(trx, schemeId, unitId);
    checkSubmissionBody(body, await reportingForm(trx, schemeId, unit));
    const old = await getSubmission(trx, schemeId, unitId, period);
    if (old?.state === 'approved') throw new KaopingError(ErrorCode.SUBMISSION_LOCKED, LOCKED_MESSAGE);
    if (old?.state === 'submitted') throw new KaopingError(ErrorCode.SUBMISSION_STATE, '本期已提交，正在等待考评办审核；如需修改，请联系考评办退回');
    const first = input.submit && !old?.submittedAt;
    const stored = await putSubmission(trx, schemeId, {
      unitId,
      period,
      state: input.submit ? 'submitted' : (old?.state ?? 'unreported'),
      body,
      reason: old?.reason ?? null,
      updatedBy: user.username,
      // Lateness counts from the first 提交: a return for corrections does not make a unit late.
      submittedAt: first ? clock.now() : (old?.submittedAt ?? null),
      submittedBy: input.submit ? user.username : (old?.submittedBy ?? null),
      reviewedAt: null,
      reviewedBy: null,
    });
    const view = submissionView(settings, unit, period, stored, clock.today());
    const late = first ? await recordLateness(trx, schemeId, settings, view, clock.today()) : null;
    await audit({
      action: input.submit ? 'submit' : 'save-draft',
      entity: 'submission',
      entityId: `${schemeId}/${unitId}/${period}`,
      before: old ? { state: old.state, body: old.body } : null,
      after: { state: stored.state, body, ...(late ? { lateEvent: late } : {}) },
    });
    return view;
  });
}
