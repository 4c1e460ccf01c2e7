import type { RouteRecordRaw } from 'vue-router';

export const cycleRoutes: RouteRecordRaw[] = [
  {
    path: '/schemes/:sid/cycle',
    name: 'cycle',
    component: () => import('@/views/cycle/CycleView.vue'),
    meta: { titleKey: 'menu.chase', permission: 'data:write' },
  },
  {
    path: '/tasks',
    name: 'tasks',
    component: () => import('@/views/cycle/TasksView.vue'),
    meta: { titleKey: 'menu.tasks', permission: 'report:submit', unitBound: true },
  },
];
