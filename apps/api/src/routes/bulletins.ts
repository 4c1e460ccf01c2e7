import { BulletinTemplate, BulletinTemplateView } from '@kaoping/contracts';
import { localDate } from '@kaoping/report';
import { z } from 'zod';
import { route } from '../http/route.ts';
import { bulletinDocx } from '../services/bulletins/bulletin-docx.ts';
import { issueBulletin } from '../services/bulletins/issue-bulletin.ts';
import { readRun } from '../services/runs/read-run.ts';
import { saveBulletinTemplate } from '../services/bulletins/save-template.ts';
import { bulletinTemplateView } from '../services/bulletins/template-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const IssueQuery = z.strictObject({
  serial: z.string().max(20).default('1'),
  /** 发文日期; today in Beijing when left out. */
  date: z.iso.date('发文日期应为真实的日期，格式 YYYY-MM-DD').optional(),
});

// The 通报 is the office's document: evaluators and admins only (reporters and viewers read results).
export const bulletinRoutes = [
  route({
    method: 'get',
    path: '/schemes/:sid/bulletin-template',
    tag: 'bulletins',
    summary: '通报模板（未保存时为按方案生成的默认模板）',
    access: 'run:write',
    response: BulletinTemplateView,
    handler: async ({ deps, param }) => {
      await requireScheme(deps.store, param('sid'));
      return bulletinTemplateView(deps.store.db, param('sid'));
    },
  }),
  route({
    method: 'put',
    path: '/schemes/:sid/bulletin-template',
    tag: 'bulletins',
    summary: '保存通报模板（红头、文号、标题、正文首尾段、落款；占位符见 BULLETIN_PLACEHOLDERS）',
    access: 'run:write',
    body: BulletinTemplate,
    response: BulletinTemplateView,
    handler: async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return saveBulletinTemplate(deps.store, param('sid'), body, user);
    },
  }),
  route({
    method: 'get',
    path: '/runs/:rid/bulletin/docx',
    tag: 'bulletins',
    summary: '下载一次运行的通报（Word 文档，A4，红头，页码）',
    access: 'run:write',
    query: IssueQuery,
    download: [DOCX],
    handler: async ({ deps, param, query, res, scope }) => {
      // A 待审核 run has no 通报 for those who may not see it yet (404, as for the run itself).
      await readRun(deps.store, param('rid'), scope);
      const { doc, fileName } = await issueBulletin(deps.store.db, param('rid'), { serial: query.serial, date: query.date ?? localDate() });
      res.type(DOCX).attachment(fileName).send(await bulletinDocx(doc));
      return undefined;
    },
  }),
];
