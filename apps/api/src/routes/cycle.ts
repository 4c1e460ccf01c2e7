import { ChaseList, CycleSettings, CycleView, ReporterTask, UnitEvent } from '@kaoping/contracts';
import { z } from 'zod';
import { route } from '../http/route.ts';
import { listOf } from '../schemas/list-of.ts';
import { chaseList } from '../services/cycle/chase-list.ts';
import { systemClock } from '../services/cycle/clock.ts';
import { cycleView, saveCycleSettings } from '../services/cycle/cycle-view.ts';
import { reporterTasks } from '../services/cycle/reporter-tasks.ts';
import { sweepLate } from '../services/cycle/sweep-late.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

const PeriodQuery = z.strictObject({ period: z.string().optional() });

// Settings are read by everyone who reads the scheme; changing them, 催报 and 缺报记迟报 are the office's (data:write).
export const cycleRoutes = [
  route({
    method: 'get',
    path: '/schemes/:sid/cycle',
    tag: 'cycle',
    summary: '报送周期设置（周期、截止日规则、节假日与调休），及当前报送期间和截止日',
    access: 'scheme:read',
    response: CycleView,
    handler: async ({ deps, param }) => {
      await requireScheme(deps.store, param('sid'));
      return cycleView(deps.store.db, deps.clock ?? systemClock, param('sid'));
    },
  }),
  route({
    method: 'put',
    path: '/schemes/:sid/cycle',
    tag: 'cycle',
    summary: '修改报送周期设置',
    access: 'data:write',
    body: CycleSettings,
    response: CycleView,
    handler: async ({ deps, param, body, user }) => {
      await requireScheme(deps.store, param('sid'));
      return saveCycleSettings(deps.store, deps.clock ?? systemClock, user, param('sid'), body);
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/cycle/chase',
    tag: 'cycle',
    summary: '催报：本期（或 period）各单位报送状态，未报与迟报天数',
    access: 'data:write',
    query: PeriodQuery,
    response: ChaseList,
    handler: async ({ deps, param, query }) => {
      await requireScheme(deps.store, param('sid'));
      return chaseList(deps.store.db, deps.clock ?? systemClock, param('sid'), query.period);
    },
  }),
  route({
    method: 'post',
    path: '/schemes/:sid/cycle/sweep-late',
    tag: 'cycle',
    summary: '缺报记迟报：截止日已过仍未提交的单位，自动生成迟报事项（LATE，次数 = 逾期天数）',
    access: 'data:write',
    query: PeriodQuery,
    response: listOf(UnitEvent),
    handler: async ({ deps, param, query, user }) => {
      await requireScheme(deps.store, param('sid'));
      return { data: await sweepLate(deps.store, deps.clock ?? systemClock, user, param('sid'), query.period) };
    },
  }),
  route({
    method: 'get',
    path: '/cycle/tasks',
    tag: 'cycle',
    summary: '填报员本期任务：各方案本单位的截止日、状态、剩余天数、退回原因',
    access: 'report:submit',
    response: listOf(ReporterTask),
    handler: async ({ deps, scope }) => {
      // A reporter's tasks are those of the one scheme and unit it is bound to; others (not unit-bound) have none.
      const schemeId = scope.schemes?.[0];
      if (schemeId === undefined || scope.unitId === null) return { data: [] };
      return { data: await reporterTasks(deps.store.db, deps.clock ?? systemClock, schemeId, scope.unitId) };
    },
  }),
];
