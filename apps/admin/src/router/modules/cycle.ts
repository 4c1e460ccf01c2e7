import type { RouteRecordRaw } from 'vue-router';
import { EDITORS } from '../types.ts';

export const cycleRoutes: RouteRecordRaw[] = [
  { path: '/schemes/:sid/cycle', name: 'cycle', component: () => import('@/views/cycle/CycleView.vue'), meta: { titleKey: 'menu.chase', roles: EDITORS } },
  { path: '/tasks', name: 'tasks', component: () => import('@/views/cycle/TasksView.vue'), meta: { titleKey: 'menu.tasks', roles: ['reporter'] } },
];
