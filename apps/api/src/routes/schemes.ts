import { Calendar } from '@kaoping/contracts';
import { defaultEffectiveFrom } from '../services/versions/default-effective-from.ts';
import { getDraft, listSchemes } from '@kaoping/store';
import { seesScheme } from '../auth/scope.ts';
import { fail } from '../errors/fail.ts';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { CreatedScheme, DraftView, SavedDraft, SchemeOverview, SchemeView } from '../schemas/scheme-responses.ts';
import { CreateSchemeBody, SaveDraftBody, SchemeSettingsBody } from '../schemas/schemes.ts';
import { saveSchemeDraft } from '../services/drafts/save-scheme-draft.ts';
import { createScheme } from '../services/schemes/create-scheme.ts';
import { schemeOverview } from '../services/schemes/scheme-overview.ts';
import { updateReviewRequired } from '../services/schemes/set-review-required.ts';

export const schemeRoutes = [
  route({
    method: 'get',
    path: '/schemes',
    tag: 'schemes',
    summary: '考评方案列表（填报员只看到所绑定的方案）',
    access: 'scheme:read',
    response: listOf(SchemeView),
    handler: async ({ deps, scope }) => ({ data: (await listSchemes(deps.store.db)).filter((s) => seesScheme(scope, s.id)) }),
  }),
  route({
    method: 'post',
    path: '/schemes',
    tag: 'schemes',
    summary: '新建方案：复制模板方案的草稿和数据，或从空白规则包开始',
    access: 'scheme:write',
    body: CreateSchemeBody,
    status: 201,
    response: CreatedScheme,
    handler: async ({ deps, body, user }) => createScheme(deps.store, body, user),
  }),
  route({
    method: 'get',
    path: '/schemes/:sid',
    tag: 'schemes',
    summary: '方案概况：考评组、单位数、指标',
    access: 'scheme:read',
    response: SchemeOverview,
    handler: async ({ deps, param, scope }) => schemeOverview(deps.store, param('sid'), scope),
  }),
  route({
    method: 'put',
    path: '/schemes/:sid/settings',
    tag: 'schemes',
    summary: '方案设置：reviewRequired=发布需复核（发布的版本须由另一位考评员或管理员复核通过后才生效）',
    access: 'scheme:write',
    body: SchemeSettingsBody,
    response: SchemeView,
    handler: async ({ deps, param, body, user }) => updateReviewRequired(deps.store, param('sid'), body.reviewRequired, user),
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/draft',
    tag: 'rules',
    summary: '规则草稿及其修订号',
    access: 'draft',
    response: DraftView,
    handler: async ({ deps, param }) => {
      const draft = await getDraft(deps.store.db, param('sid'));
      if (!draft) throw fail.notFound(`方案 ${param('sid')} `);
      const calendar = Calendar.safeParse((draft.pack as { calendar?: unknown } | null)?.calendar);
      const fallback = new Date().toISOString().slice(0, 10);
      const effectiveFromDefault = calendar.success ? await defaultEffectiveFrom(deps.store.db, param('sid'), calendar.data) : fallback;
      return { ...draft, effectiveFromDefault };
    },
  }),
  route({
    method: 'put',
    path: '/schemes/:sid/draft',
    tag: 'rules',
    summary: '保存草稿（修订号过期返回 409，规则包有误返回 400 并列出每个 JSON 指针）',
    access: 'draft',
    body: SaveDraftBody,
    response: SavedDraft,
    handler: async ({ deps, param, body, user }) => saveSchemeDraft(deps.store, param('sid'), body, user),
  }),
];
