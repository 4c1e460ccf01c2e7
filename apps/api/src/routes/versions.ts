import { VersionDiff, VersionSummary, VersionView } from '@kaoping/contracts';
import { getVersion, listVersions } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { SavedDraft } from '../schemas/scheme-responses.ts';
import { VersionReviewView } from '../schemas/run-responses.ts';
import { PublishBody, ReviewBody, ReviewQuery } from '../schemas/schemes.ts';
import { reviewVersion } from '../services/versions/review-version.ts';
import { versionReviewView } from '../services/versions/version-review-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';
import { diffPacks } from '../services/versions/diff-packs.ts';
import { publishVersion } from '../services/versions/publish-version.ts';
import { restoreVersion } from '../services/versions/restore-version.ts';
import type { Store } from '@kaoping/store';

function versionNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw fail.notFound(`版本 ${text} `);
  return Number(text);
}

async function requireVersion(store: Store, schemeId: string, text: string) {
  const version = await getVersion(store.db, schemeId, versionNumber(text));
  if (!version) throw fail.notFound(`方案 ${schemeId} 的版本 ${text} `);
  return version;
}

export const versionRoutes = [
  route({
    method: 'post',
    path: '/schemes/:sid/versions',
    tag: 'rules',
    summary: '发布草稿为新版本（须填写变更说明；生效日期默认为方案起始日）',
    access: 'version:write',
    body: PublishBody,
    status: 201,
    response: VersionSummary,
    handler: async ({ deps, param, body, user }) => publishVersion(deps.store, param('sid'), body, user),
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/versions',
    tag: 'rules',
    summary: '已发布版本列表',
    access: 'version:read',
    response: listOf(VersionSummary),
    handler: async ({ deps, param }) => {
      await requireScheme(deps.store, param('sid'));
      return { data: await listVersions(deps.store.db, param('sid')) };
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/versions/:v',
    tag: 'rules',
    summary: '一个已发布版本（含规则包）',
    access: 'version:read',
    response: VersionView,
    handler: async ({ deps, param }) => requireVersion(deps.store, param('sid'), param('v')),
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/versions/:a/diff/:b',
    tag: 'rules',
    summary: '两个版本逐条规则对比（按指标、名单、事实、加扣分编号）',
    access: 'version:read',
    response: VersionDiff,
    handler: async ({ deps, param }) => {
      const a = await requireVersion(deps.store, param('sid'), param('a'));
      const b = await requireVersion(deps.store, param('sid'), param('b'));
      return { from: a.version, to: b.version, changes: diffPacks(a.pack, b.pack) };
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/versions/:v/review',
    tag: 'rules',
    summary: '复核一个版本时看的内容：与它接替的生效版本逐条规则对比，以及两者在 asOf（默认最近一次考评的日期）的模拟结果对比',
    access: 'version:write',
    query: ReviewQuery,
    response: VersionReviewView,
    handler: async ({ deps, param, query }) => versionReviewView(deps.store, param('sid'), versionNumber(param('v')), query.asOf),
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/versions/:v/review',
    tag: 'rules',
    summary: '复核待复核的版本：decision=approve 通过（自生效日期起生效）或 reject 驳回（须填理由）；发布人本人不能复核',
    access: 'version:write',
    body: ReviewBody,
    response: VersionSummary,
    handler: async ({ deps, param, body, user }) => reviewVersion(deps.store, param('sid'), versionNumber(param('v')), body, user),
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/versions/:v/restore',
    tag: 'rules',
    summary: '把一个已发布版本复制到草稿',
    access: 'draft',
    response: SavedDraft,
    handler: async ({ deps, param, user }) => restoreVersion(deps.store, param('sid'), versionNumber(param('v')), user),
  }),
];
