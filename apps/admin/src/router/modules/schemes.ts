import type { RouteRecordRaw } from 'vue-router';

export const schemeRoutes: RouteRecordRaw[] = [
  {
    path: '/schemes',
    name: 'schemes',
    component: () => import('@/views/schemes/SchemeList.vue'),
    meta: { titleKey: 'menu.schemes', permission: 'scheme:read' },
  },
  {
    path: '/schemes/:sid',
    name: 'overview',
    component: () => import('@/views/schemes/SchemeOverview.vue'),
    meta: { titleKey: 'menu.overview', permission: 'scheme:read' },
  },
  {
    path: '/schemes/:sid/targets',
    name: 'targets',
    component: () => import('@/views/schemes/TargetsView.vue'),
    meta: { titleKey: 'menu.targets', permission: 'data:read' },
  },
  {
    path: '/schemes/:sid/editor',
    name: 'editor',
    component: () => import('@/views/editor/RuleEditor.vue'),
    meta: { titleKey: 'menu.editor', permission: 'draft' },
  },
  {
    path: '/schemes/:sid/simulate',
    name: 'simulate',
    component: () => import('@/views/simulate/SimulateView.vue'),
    meta: { titleKey: 'menu.simulate', permission: 'version:write' },
  },
  {
    path: '/schemes/:sid/versions',
    name: 'versions',
    component: () => import('@/views/simulate/VersionsView.vue'),
    meta: { titleKey: 'menu.versions', permission: 'version:read' },
  },
];
