import { z } from 'zod';
import { BulletinTemplate, BulletinTemplateView } from '../../bulletin-template.ts';
import { endpoint } from '../endpoint.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const IssueQuery = z.strictObject({
  serial: z.string().max(20).default('1'),
  /** 发文日期; today in Beijing when left out. */
  date: z.iso.date('发文日期应为真实的日期，格式 YYYY-MM-DD').optional(),
});

// The 通报 is the office's document: evaluators and admins only (reporters and viewers read results).
export const bulletins = {
  getTemplate: endpoint({
    method: 'get',
    path: '/schemes/:sid/bulletin-template',
    tag: 'bulletins',
    summary: '通报模板（未保存时为按方案生成的默认模板）',
    access: 'run:write',
    responses: { 200: BulletinTemplateView },
  }),
  saveTemplate: endpoint({
    method: 'put',
    path: '/schemes/:sid/bulletin-template',
    tag: 'bulletins',
    summary: '保存通报模板（红头、文号、标题、正文首尾段、落款；占位符见 BULLETIN_PLACEHOLDERS）',
    access: 'run:write',
    body: BulletinTemplate,
    responses: { 200: BulletinTemplateView },
  }),
  docx: endpoint({
    method: 'get',
    path: '/runs/:rid/bulletin/docx',
    tag: 'bulletins',
    summary: '下载一次运行的通报（Word 文档，A4，红头，页码）',
    access: 'run:write',
    query: IssueQuery,
    download: [DOCX],
    responses: { 200: null },
  }),
} as const;
