import { VersionDiff, VersionSummary, VersionView } from '../../api-versions.ts';
import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';
import { VersionReviewView } from '../run-views.ts';
import { PublishBody, ReviewQuery, VersionReviewBody } from '../scheme-bodies.ts';
import { SavedDraft } from '../scheme-views.ts';

export const versions = {
  publish: endpoint({
    method: 'post',
    path: '/schemes/:sid/versions',
    tag: 'rules',
    summary: '发布草稿为新版本（须填写变更说明；生效日期默认为方案起始日）',
    access: 'version:write',
    body: PublishBody,
    responses: { 201: VersionSummary },
  }),
  list: endpoint({
    method: 'get',
    path: '/schemes/:sid/versions',
    tag: 'rules',
    summary: '已发布版本列表',
    access: 'version:read',
    responses: { 200: listOf(VersionSummary) },
  }),
  get: endpoint({
    method: 'get',
    path: '/schemes/:sid/versions/:v',
    tag: 'rules',
    summary: '一个已发布版本（含规则包）',
    access: 'version:read',
    responses: { 200: VersionView },
  }),
  diff: endpoint({
    method: 'get',
    path: '/schemes/:sid/versions/:a/diff/:b',
    tag: 'rules',
    summary: '两个版本逐条规则对比（按指标、名单、事实、加扣分编号）',
    access: 'version:read',
    responses: { 200: VersionDiff },
  }),
  getReview: endpoint({
    method: 'get',
    path: '/schemes/:sid/versions/:v/review',
    tag: 'rules',
    summary: '复核一个版本时看的内容：与它接替的生效版本逐条规则对比，以及两者在 asOf（默认最近一次考评的日期）的模拟结果对比',
    access: 'version:write',
    query: ReviewQuery,
    responses: { 200: VersionReviewView },
  }),
  review: endpoint({
    method: 'post',
    path: '/schemes/:sid/versions/:v/review',
    tag: 'rules',
    summary: '复核待复核的版本：decision=approve 通过（自生效日期起生效）或 reject 驳回（须填理由）；发布人本人不能复核',
    access: 'version:write',
    body: VersionReviewBody,
    responses: { 200: VersionSummary },
  }),
  restore: endpoint({
    method: 'post',
    path: '/schemes/:sid/versions/:v/restore',
    tag: 'rules',
    summary: '把一个已发布版本复制到草稿',
    access: 'draft',
    responses: { 200: SavedDraft },
  }),
} as const;
