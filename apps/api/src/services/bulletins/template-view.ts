import { BulletinTemplate, type BulletinTemplateView } from '@kaoping/contracts';
import { defaultBulletinTemplate } from '@kaoping/report';
import { getBulletinTemplate, getDraft, type Db } from '@kaoping/store';

/** A scheme whose pack ranks (has `ranking`) reports 考评结果; a lights-only one 亮灯督促情况. */
async function schemeScores(db: Db, schemeId: string): Promise<boolean> {
  const draft = await getDraft(db, schemeId);
  const pack = draft?.pack;
  return typeof pack === 'object' && pack !== null && 'ranking' in pack;
}

/** The scheme's saved 通报 template, or the default one derived from its pack. */
export async function bulletinTemplateView(db: Db, schemeId: string): Promise<BulletinTemplateView> {
  const saved = await getBulletinTemplate(db, schemeId);
  if (saved) return { template: BulletinTemplate.parse(saved.template), saved: true, updatedAt: saved.updatedAt, updatedBy: saved.updatedBy };
  return { template: defaultBulletinTemplate(await schemeScores(db, schemeId)), saved: false, updatedAt: null, updatedBy: null };
}
