import { copyDataset, getDraft, getScheme, insertScheme, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { starterPack } from '../packs/starter-pack.ts';
import { isRecord } from '@kaoping/report';
import { audited } from '../audit/audited.ts';

export interface CreateSchemeInput {
  id: string;
  name: string;
  fromSchemeId?: string | undefined;
}

/** A new scheme: a copy of a template scheme's draft and data, or the starter pack with no data. */
export async function createScheme(store: Store, input: CreateSchemeInput, user: User) {
  return audited(store, user.username, async (trx, audit) => {
    if (await getScheme(trx, input.id)) throw fail.conflict(`方案编号 ${input.id} 已存在`);
    let pack: unknown = starterPack(input.id, input.name);
    if (input.fromSchemeId !== undefined) {
      const template = await getDraft(trx, input.fromSchemeId);
      if (!template) throw fail.notFound(`模板方案 ${input.fromSchemeId} `);
      pack = isRecord(template.pack) ? { ...template.pack, id: input.id, name: input.name } : template.pack;
    }
    await insertScheme(trx, { id: input.id, name: input.name, pack }, user.username);
    if (input.fromSchemeId !== undefined) await copyDataset(trx, input.fromSchemeId, input.id);
    const after = { ...input, pack };
    await audit({ action: 'create', entity: 'scheme', entityId: input.id, after });
    return { id: input.id, name: input.name };
  });
}
