import type { RouteRecordRaw } from 'vue-router';
import { EDITORS } from '../types.ts';

export const runRoutes: RouteRecordRaw[] = [
  { path: '/schemes/:sid/runs', name: 'runs', component: () => import('@/views/runs/RunsView.vue'), meta: { titleKey: 'menu.runs' } },
  { path: '/schemes/:sid/runs/:rid', name: 'run', component: () => import('@/views/runs/RunResultView.vue'), meta: { titleKey: 'menu.runs' } },
  { path: '/schemes/:sid/runs/:rid/bulletin', name: 'bulletin', component: () => import('@/views/runs/BulletinView.vue'), meta: { titleKey: 'runs.bulletin', blank: true, roles: EDITORS } },
];
