import type { VersionSummary } from '@kaoping/contracts';
import { getVersion, listVersions, reviewVersion as storeReview, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { audited } from '../audit/audited.ts';

/** The second pair of eyes: 通过 or 驳回 (with a reason). */
export interface ReviewInput {
  decision: 'approve' | 'reject';
  note?: string | undefined;
}

/**
 * Approves or rejects a 待复核 version. The reviewer must be another evaluator or admin than its
 * author; once approved the version is in force from its 生效日期, a rejected one never is. Audited
 * in the same transaction.
 */
export async function reviewVersion(store: Store, schemeId: string, version: number, input: ReviewInput, user: User): Promise<VersionSummary> {
  return audited(store, user.username, async (trx, audit) => {
    const found = await getVersion(trx, schemeId, version);
    if (!found) throw fail.notFound(`方案 ${schemeId} 的版本 ${version} `);
    if (found.review.status !== 'pending') throw fail.conflict(`版本 v${version} 不是待复核状态，不能再复核`);
    if (found.createdBy === user.username) throw fail.forbidden('不能复核自己发布的版本：须由另一位考评员或管理员复核');
    const note = input.note?.trim() ?? '';
    if (input.decision === 'reject' && note === '') throw fail.invalid('驳回须填写理由');
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    if (!(await storeReview(trx, schemeId, version, { status, by: user.username, note: note === '' ? null : note }))) {
      throw fail.conflict(`版本 v${version} 已被他人复核`);
    }
    await audit({
      action: input.decision === 'approve' ? 'approve-version' : 'reject-version',
      entity: 'version',
      entityId: `${schemeId}/v${version}`,
      before: { review: 'pending' },
      after: { review: status, ...(note === '' ? {} : { note }) },
    });
    const [summary] = (await listVersions(trx, schemeId)).filter((v) => v.version === version);
    if (!summary) throw fail.notFound(`方案 ${schemeId} 的版本 ${version} `);
    return summary;
  });
}
