import type { RouteRecordRaw } from 'vue-router';
import { DATA_READERS } from '../types.ts';

export const dataRoutes: RouteRecordRaw[] = [
  { path: '/schemes/:sid/data/:table?', name: 'data', component: () => import('@/views/data/DataView.vue'), meta: { titleKey: 'menu.data', roles: DATA_READERS } },
];
