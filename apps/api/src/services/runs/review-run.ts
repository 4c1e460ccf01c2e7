import { getRun, nowIso, releaseRun, voidRun, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { audited } from '../audit/audited.ts';

/**
 * 发布结果 (a 待审核 draft becomes visible to reporters and viewers) or 作废 (a draft or released run
 * is withdrawn and never official), with the note or reason, audited in the same transaction.
 */
export async function reviewRun(store: Store, runId: string, action: 'release' | 'void', text: string, user: User): Promise<void> {
  await audited(store, user.username, async (trx, audit) => {
    const run = await getRun(trx, runId);
    if (!run) throw fail.notFound(`运行记录 ${runId} `);
    const at = nowIso();
    const done = action === 'release' ? await releaseRun(trx, runId, user.username, at, text) : await voidRun(trx, runId, user.username, at, text);
    if (!done) throw fail.conflict(action === 'release' ? '只有待审核的运行结果可以发布' : '该运行结果已作废');
    await audit({
      action: action === 'release' ? 'release-run' : 'void-run',
      entity: 'run',
      entityId: runId,
      before: { status: run.status },
      after: action === 'release' ? { status: 'released', note: text } : { status: 'voided', reason: text },
    });
  });
}
