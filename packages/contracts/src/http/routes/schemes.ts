import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';
import { CreateSchemeBody, SaveDraftBody, SchemeSettingsBody } from '../scheme-bodies.ts';
import { CreatedScheme, DraftView, SavedDraft, SchemeOverview, SchemeView } from '../scheme-views.ts';

export const schemes = {
  list: endpoint({
    method: 'get',
    path: '/schemes',
    tag: 'schemes',
    summary: '考评方案列表（填报员只看到所绑定的方案）',
    access: 'scheme:read',
    responses: { 200: listOf(SchemeView) },
  }),
  create: endpoint({
    method: 'post',
    path: '/schemes',
    tag: 'schemes',
    summary: '新建方案：复制模板方案的草稿和数据，或从空白规则包开始',
    access: 'scheme:write',
    body: CreateSchemeBody,
    responses: { 201: CreatedScheme },
  }),
  overview: endpoint({
    method: 'get',
    path: '/schemes/:sid',
    tag: 'schemes',
    summary: '方案概况：考评组、单位数、指标',
    access: 'scheme:read',
    responses: { 200: SchemeOverview },
  }),
  saveSettings: endpoint({
    method: 'put',
    path: '/schemes/:sid/settings',
    tag: 'schemes',
    summary: '方案设置：reviewRequired=发布需复核（发布的版本须由另一位考评员或管理员复核通过后才生效）',
    access: 'scheme:write',
    body: SchemeSettingsBody,
    responses: { 200: SchemeView },
  }),
  getDraft: endpoint({
    method: 'get',
    path: '/schemes/:sid/draft',
    tag: 'rules',
    summary: '规则草稿及其修订号',
    access: 'draft',
    responses: { 200: DraftView },
  }),
  saveDraft: endpoint({
    method: 'put',
    path: '/schemes/:sid/draft',
    tag: 'rules',
    summary: '保存草稿（修订号过期返回 409，规则包有误返回 400 并列出每个 JSON 指针）',
    access: 'draft',
    body: SaveDraftBody,
    responses: { 200: SavedDraft },
  }),
} as const;
