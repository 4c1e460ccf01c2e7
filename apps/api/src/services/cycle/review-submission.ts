import { ErrorCode, KaopingError, type ReviewBody, type Submission } from '@kaoping/contracts';
import { getSubmission, putSubmission, type Store, type User } from '@kaoping/store';
import { applySubmission } from './apply-submission.ts';
import type { Clock } from './clock.ts';
import { findUnit } from './find-unit.ts';
import { requireCycle, requirePeriod } from './require-cycle.ts';
import { submissionView } from './submission-view.ts';
import { audited } from '../audit/audited.ts';

const FROM: Record<ReviewBody['decision'], { state: string; refusal: string }> = {
  approve: { state: 'submitted', refusal: '只有“已提交”的报送可以审核通过' },
  return: { state: 'submitted', refusal: '只有“已提交”的报送可以退回' },
  unlock: { state: 'approved', refusal: '只有“已审核”的报送需要解锁' },
};

/**
 * 审核通过 (locks it and writes its values where runs read them), 退回 with a reason, or 解锁 an approved one
 * with a reason (it goes back to 已退回 so the unit can change it). Audited in the same transaction.
 */
export async function reviewSubmission(
  store: Store,
  clock: Clock,
  user: User,
  at: { schemeId: string; unitId: string; period: string },
  review: ReviewBody,
): Promise<Submission> {
  const { schemeId, unitId } = at;
  return audited(store, user.username, async (trx, audit) => {
    const settings = await requireCycle(trx, schemeId);
    const period = requirePeriod(settings, at.period);
    const unit = await findUnit(trx, schemeId, unitId);
    const old = await getSubmission(trx, schemeId, unitId, period);
    if (old?.state !== FROM[review.decision].state)
      throw new KaopingError(ErrorCode.SUBMISSION_STATE, `${FROM[review.decision].refusal}（当前：${stateName(old?.state)}）`);
    const approve = review.decision === 'approve';
    const stored = await putSubmission(trx, schemeId, {
      ...old,
      state: approve ? 'approved' : 'returned',
      reason: approve ? null : review.reason,
      updatedBy: user.username,
      reviewedAt: clock.now(),
      reviewedBy: user.username,
    });
    if (approve) await applySubmission(trx, schemeId, unitId, period, stored.body);
    await audit({
      action: review.decision,
      entity: 'submission',
      entityId: `${schemeId}/${unitId}/${period}`,
      before: { state: old.state, reason: old.reason },
      after: { state: stored.state, reason: stored.reason },
    });
    return submissionView(settings, unit, period, stored, clock.today());
  });
}

function stateName(state: string | undefined): string {
  return { submitted: '已提交', returned: '已退回', approved: '已审核' }[state ?? ''] ?? '未报';
}
