import type { RouteRecordRaw } from 'vue-router';

export const dataRoutes: RouteRecordRaw[] = [
  {
    path: '/schemes/:sid/data/:table?',
    name: 'data',
    component: () => import('@/views/data/DataView.vue'),
    meta: { titleKey: 'menu.data', permission: 'data:read' },
  },
];
