import { z } from 'zod';
import { ChaseList, CycleView, ReporterTask } from '../../api-cycle.ts';
import { CycleSettings } from '../../cycle.ts';
import { UnitEvent } from '../../data.ts';
import { endpoint } from '../endpoint.ts';
import { listOf } from '../list-of.ts';

const PeriodQuery = z.strictObject({ period: z.string().optional() });

// Settings are read by everyone who reads the scheme; changing them, 催报 and 缺报记迟报 are the office's (data:write).
export const cycle = {
  get: endpoint({
    method: 'get',
    path: '/schemes/:sid/cycle',
    tag: 'cycle',
    summary: '报送周期设置（周期、截止日规则、节假日与调休），及当前报送期间和截止日',
    access: 'scheme:read',
    responses: { 200: CycleView },
  }),
  save: endpoint({
    method: 'put',
    path: '/schemes/:sid/cycle',
    tag: 'cycle',
    summary: '修改报送周期设置',
    access: 'data:write',
    body: CycleSettings,
    responses: { 200: CycleView },
  }),
  chase: endpoint({
    method: 'get',
    path: '/schemes/:sid/cycle/chase',
    tag: 'cycle',
    summary: '催报：本期（或 period）各单位报送状态，未报与迟报天数',
    access: 'data:write',
    query: PeriodQuery,
    responses: { 200: ChaseList },
  }),
  sweepLate: endpoint({
    method: 'post',
    path: '/schemes/:sid/cycle/sweep-late',
    tag: 'cycle',
    summary: '缺报记迟报：截止日已过仍未提交的单位，自动生成迟报事项（LATE，次数 = 逾期天数）',
    access: 'data:write',
    query: PeriodQuery,
    responses: { 200: listOf(UnitEvent) },
  }),
  tasks: endpoint({
    method: 'get',
    path: '/cycle/tasks',
    tag: 'cycle',
    summary: '填报员本期任务：各方案本单位的截止日、状态、剩余天数、退回原因',
    access: 'report:submit',
    responses: { 200: listOf(ReporterTask) },
  }),
} as const;
