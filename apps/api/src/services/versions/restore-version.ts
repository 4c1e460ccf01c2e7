import { getDraft, getVersion, saveDraft, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { packChanges } from '../audit/pack-changes.ts';
import { audited } from '../audit/audited.ts';
import { savedPack } from '../packs/saved-pack.ts';

/** Copies a published version into the draft (the draft's revision goes up, so open editors get 409). */
export async function restoreVersion(store: Store, schemeId: string, version: number, user: User) {
  return audited(store, user.username, async (trx, audit) => {
    const source = await getVersion(trx, schemeId, version);
    const before = await getDraft(trx, schemeId);
    if (!source || !before) throw fail.notFound(`方案 ${schemeId} 的版本 ${version} `);
    const revision = await saveDraft(trx, schemeId, source.pack, before.revision, user.username);
    if (revision === null) throw fail.conflict('草稿正被同时修改，请重试');
    await audit({
      action: 'restore',
      entity: 'draft',
      entityId: schemeId,
      before: { revision: before.revision },
      after: { revision, restoredFrom: version, ...packChanges(before.pack, source.pack) },
    });
    return { pack: savedPack(source.pack), revision };
  });
}
