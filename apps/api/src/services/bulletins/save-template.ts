import type { BulletinTemplate, BulletinTemplateView } from '@kaoping/contracts';
import { getBulletinTemplate, putBulletinTemplate, type Store, type User } from '@kaoping/store';
import { bulletinTemplateView } from './template-view.ts';
import { audited } from '../audit/audited.ts';

/** Saves the scheme's 通报 template and audits what it was before, in one transaction. */
export async function saveBulletinTemplate(store: Store, schemeId: string, template: BulletinTemplate, user: User): Promise<BulletinTemplateView> {
  return audited(store, user.username, async (trx, audit) => {
    const before = await getBulletinTemplate(trx, schemeId);
    await putBulletinTemplate(trx, schemeId, template, user.username);
    await audit({ action: 'update', entity: 'bulletin_template', entityId: schemeId, before: before?.template, after: template });
    return bulletinTemplateView(trx, schemeId);
  });
}
