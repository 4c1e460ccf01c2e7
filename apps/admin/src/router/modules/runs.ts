import type { RouteRecordRaw } from 'vue-router';

export const runRoutes: RouteRecordRaw[] = [
  { path: '/schemes/:sid/runs', name: 'runs', component: () => import('@/views/runs/RunsView.vue'), meta: { titleKey: 'menu.runs', permission: 'run:read' } },
  {
    path: '/schemes/:sid/runs/:rid',
    name: 'run',
    component: () => import('@/views/runs/RunResultView.vue'),
    meta: { titleKey: 'menu.runs', permission: 'run:read' },
  },
  {
    path: '/schemes/:sid/runs/:rid/bulletin',
    name: 'bulletin',
    component: () => import('@/views/runs/BulletinView.vue'),
    meta: { titleKey: 'runs.bulletin', blank: true, permission: 'run:write' },
  },
];
