import { getDraft, renameScheme, saveDraft, setReviewRequired, type Store, type User } from '@kaoping/store';
import { requireScheme } from './require-scheme.ts';
import { audited } from '../audit/audited.ts';

export interface SchemeSettings {
  reviewRequired?: boolean | undefined;
  name?: string | undefined;
}

/**
 * Turns 发布需复核 on or off and/or renames a scheme, audited in one transaction. A scheme's name is also its
 * pack's (README, Glossary): a rename writes the draft's `name` as a new revision; published versions keep the
 * name they were published with. Versions already published keep their review status.
 */
export async function updateSchemeSettings(store: Store, schemeId: string, input: SchemeSettings, user: User) {
  const scheme = await requireScheme(store, schemeId);
  return audited(store, user.username, async (trx, audit) => {
    const reviewRequired = input.reviewRequired ?? scheme.reviewRequired;
    const name = input.name ?? scheme.name;
    if (reviewRequired !== scheme.reviewRequired) await setReviewRequired(trx, schemeId, reviewRequired);
    if (name !== scheme.name) {
      await renameScheme(trx, schemeId, name);
      const draft = await getDraft(trx, schemeId);
      if (draft && typeof draft.pack === 'object' && draft.pack !== null) {
        await saveDraft(trx, schemeId, { ...draft.pack, name }, draft.revision, user.username);
      }
    }
    await audit({
      action: 'update',
      entity: 'scheme-settings',
      entityId: schemeId,
      before: { reviewRequired: scheme.reviewRequired, ...(name === scheme.name ? {} : { name: scheme.name }) },
      after: { reviewRequired, ...(name === scheme.name ? {} : { name }) },
    });
    return { ...scheme, reviewRequired, name };
  });
}
