import { setReviewRequired, type Store, type User } from '@kaoping/store';
import { requireScheme } from './require-scheme.ts';
import { audited } from '../audit/audited.ts';

/** Turns 发布需复核 on or off for a scheme, audited. Versions already published keep their status. */
export async function updateReviewRequired(store: Store, schemeId: string, reviewRequired: boolean, user: User) {
  const scheme = await requireScheme(store, schemeId);
  return audited(store, user.username, async (trx, audit) => {
    await setReviewRequired(trx, schemeId, reviewRequired);
    await audit({
      action: 'update',
      entity: 'scheme-settings',
      entityId: schemeId,
      before: { reviewRequired: scheme.reviewRequired },
      after: { reviewRequired },
    });
    return { ...scheme, reviewRequired };
  });
}
