import { appendAudit, setReviewRequired, type Store, type User } from '@kaoping/store';
import { requireScheme } from './require-scheme.ts';

/** Turns 发布需复核 on or off for a scheme, audited. Versions already published keep their status. */
export async function updateReviewRequired(store: Store, schemeId: string, reviewRequired: boolean, user: User) {
  const scheme = await requireScheme(store, schemeId);
  return store.db.transaction().execute(async (trx) => {
    await setReviewRequired(trx, schemeId, reviewRequired);
    await appendAudit(trx, {
      actor: user.username,
      action: 'update',
      entity: 'scheme-settings',
      entityId: schemeId,
      before: { reviewRequired: scheme.reviewRequired },
      after: { reviewRequired },
    });
    return { ...scheme, reviewRequired };
  });
}
