import { BulletinTemplateView, type BulletinIssue, type BulletinTemplate } from '@kaoping/contracts';
import { buildUrl, request } from './request.ts';

const templatePath = (sid: string) => `/schemes/${encodeURIComponent(sid)}/bulletin-template`;

export async function getBulletinTemplate(sid: string): Promise<BulletinTemplateView> {
  return BulletinTemplateView.parse(await request<unknown>(templatePath(sid)));
}

export async function saveBulletinTemplate(sid: string, template: BulletinTemplate): Promise<BulletinTemplateView> {
  return BulletinTemplateView.parse(await request<unknown>(templatePath(sid), { method: 'PUT', body: template }));
}

export function bulletinDocxUrl(rid: string, issue: BulletinIssue): string {
  return buildUrl(`/runs/${encodeURIComponent(rid)}/bulletin/docx`, { serial: issue.serial, date: issue.date });
}
