import { contract, type BulletinIssue, type BulletinTemplate, type BulletinTemplateView } from '@kaoping/contracts';
import { call, urlOf } from './client.ts';

export function getBulletinTemplate(sid: string): Promise<BulletinTemplateView> {
  return call(contract.bulletins.getTemplate, { params: { sid } });
}

export function saveBulletinTemplate(sid: string, template: BulletinTemplate): Promise<BulletinTemplateView> {
  return call(contract.bulletins.saveTemplate, { params: { sid }, body: template });
}

export function bulletinDocxUrl(rid: string, issue: BulletinIssue): string {
  return urlOf(contract.bulletins.docx, { params: { rid }, query: { serial: issue.serial, date: issue.date } });
}
