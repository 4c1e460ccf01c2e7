import { z } from 'zod';
import { SubmissionWithForm } from '../../api-cycle.ts';
import { ReviewBody, SubmissionBody } from '../../cycle.ts';
import { endpoint } from '../endpoint.ts';

const SaveBody = SubmissionBody.extend({ submit: z.boolean() });

// Reporters reach only their own unit (the API's unit scope); the office reviews.
export const submissions = {
  get: endpoint({
    method: 'get',
    path: '/schemes/:sid/submissions/:unitId/:period',
    tag: 'cycle',
    summary: '一个单位一期的报送（状态、截止日、填报内容）及填报表（指标名称、本单位项目）',
    access: 'data:read',
    responses: { 200: SubmissionWithForm },
  }),
  save: endpoint({
    method: 'put',
    path: '/schemes/:sid/submissions/:unitId/:period',
    tag: 'cycle',
    summary: '保存草稿（submit: false）或提交（submit: true）；已审核的报送被锁定',
    access: 'report:submit',
    body: SaveBody,
    responses: { 200: SubmissionWithForm },
  }),
  review: endpoint({
    method: 'post',
    path: '/schemes/:sid/submissions/:unitId/:period/review',
    tag: 'cycle',
    summary: '审核通过（锁定并写入月报与项目进展）、退回（原因）或解锁（原因）',
    access: 'data:write',
    body: ReviewBody,
    responses: { 200: SubmissionWithForm },
  }),
} as const;
