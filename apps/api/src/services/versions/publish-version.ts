import { getDraft, getScheme, insertVersion, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { checkPack } from '../packs/check-pack.ts';
import { defaultEffectiveFrom } from './default-effective-from.ts';
import { audited } from '../audit/audited.ts';

/**
 * Publishes the current draft as the next immutable version; effectiveFrom defaults to the first day
 * of the period after the newest released run (calendar.start before any release). With 发布需复核 the
 * version is 待复核 and not in force until another evaluator or admin approves it. The audit entry
 * names the version (which keeps the pack) rather than copying the pack.
 */
export async function publishVersion(store: Store, schemeId: string, input: { note: string; effectiveFrom?: string | undefined }, user: User) {
  return audited(store, user.username, async (trx, audit) => {
    const draft = await getDraft(trx, schemeId);
    if (!draft) throw fail.notFound(`方案 ${schemeId} `);
    const { pack } = checkPack(draft.pack);
    const effectiveFrom = input.effectiveFrom ?? (await defaultEffectiveFrom(trx, schemeId, pack.calendar));
    const needsReview = (await getScheme(trx, schemeId))?.reviewRequired === true;
    const version = await insertVersion(trx, schemeId, { pack: draft.pack, note: input.note, effectiveFrom, needsReview }, user.username);
    await audit({
      action: 'publish',
      entity: 'version',
      entityId: `${schemeId}/v${version.version}`,
      after: { ...version, draftRevision: draft.revision },
    });
    return version;
  });
}
