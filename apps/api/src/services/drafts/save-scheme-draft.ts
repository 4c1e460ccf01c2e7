import { getDraft, getScheme, saveDraft, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { packChanges } from '../audit/pack-changes.ts';
import { checkPack } from '../packs/check-pack.ts';
import { savedPack } from '../packs/saved-pack.ts';
import { audited } from '../audit/audited.ts';
import { requirePackOfScheme } from './pack-of-scheme.ts';

/**
 * Saves the draft if `revision` is still current: a stale revision is 409 CONFLICT and nothing is
 * overwritten. An invalid pack is 400 with every problem's JSON pointer (pointers are into the pack), and so is a
 * pack whose id or name is not its scheme's.
 */
export async function saveSchemeDraft(store: Store, schemeId: string, input: { pack: unknown; revision: number }, user: User) {
  const { pack } = checkPack(input.pack);
  return audited(store, user.username, async (trx, audit) => {
    const before = await getDraft(trx, schemeId);
    const scheme = await getScheme(trx, schemeId);
    if (!before || !scheme) throw fail.notFound(`方案 ${schemeId} `);
    requirePackOfScheme(pack, scheme);
    const revision = await saveDraft(trx, schemeId, input.pack, input.revision, user.username);
    if (revision === null) {
      throw fail.conflict(`草稿已被 ${before.updatedBy} 于 ${before.updatedAt} 修改（当前版本号 ${before.revision}），请刷新后再保存`);
    }
    await audit({
      action: 'update',
      entity: 'draft',
      entityId: schemeId,
      before: { revision: before.revision },
      after: { revision, ...packChanges(before.pack, input.pack) },
    });
    return { pack: savedPack(input.pack), revision };
  });
}
